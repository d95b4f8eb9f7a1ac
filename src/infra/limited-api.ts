import {
  createLimitedCall,
  type LimitedCall,
  type LimitedCallHooks,
  type ServiceNames,
} from "./limited-call.js";
import { createRateLimiters, type RateLimiter } from "./rate-limiter.js";

/** How far behind the service's bucket the limiter keeps its schedule (see createRateLimiter). */
export const RATE_GUARD_MS = 100;

/**
 * An AWS API behind one client-side token bucket per operation, as the service's quotas are: the
 * one way the bot builds the limiters for Amazon Connect and for CloudWatch Logs alike.
 */
export function createLimitedApi(options: {
  ratePerSecond: number;
  burst: number;
  hooks?: LimitedCallHooks & { onThrottleWait?(seconds: number): void };
  names?: ServiceNames;
  /** Builds the per-operation limiters (the replicas' shared ones); in-process buckets by default. */
  limiters?: (spec: Parameters<typeof createRateLimiters>[0]) => (operation: string) => RateLimiter;
}): LimitedCall {
  const { hooks } = options;
  // Per operation, like the quotas (per account, whichever instance is asked).
  const limiterFor = (options.limiters ?? createRateLimiters)({
    ratePerSecond: options.ratePerSecond,
    burst: options.burst,
    guardMs: RATE_GUARD_MS,
    onWait: (ms) => hooks?.onThrottleWait?.(ms / 1000),
  });
  return createLimitedCall({ limiterFor, hooks, names: options.names });
}
