import type { Config } from "../config.js";
import { type ConnectApi, type ConnectApiHooks, createConnectApi } from "./connect-api.js";
import { createRateLimiters } from "./rate-limiter.js";

/** How far behind Connect's bucket the limiter keeps its schedule (see createRateLimiter). */
const RATE_GUARD_MS = 100;

export interface SharedConnectApiHooks extends ConnectApiHooks {
  /** Seconds each call waited for the rate limiter (0 when it did not wait). */
  onThrottleWait?(seconds: number): void;
}

/**
 * The one ConnectApi of a process: a token bucket per operation (like Connect's quotas, per account
 * whichever instance is asked), shared by every service that calls Connect — contact lookups,
 * searches and name directories — so people queue before alert threads across all of them.
 */
export function createSharedConnectApi(
  connect: Pick<Config["connect"], "maxRps" | "burst">,
  hooks?: SharedConnectApiHooks,
): ConnectApi {
  const limiterFor = createRateLimiters({
    ratePerSecond: connect.maxRps,
    burst: connect.burst,
    guardMs: RATE_GUARD_MS,
    onWait: (ms) => hooks?.onThrottleWait?.(ms / 1000),
  });
  return createConnectApi({ limiterFor, hooks });
}
