import type { CacheLogger } from "../cache/redis-client.js";
import type { SharedRedis } from "../cache/shared-redis.js";
import { createRateLimiters, type RateLimiter } from "./rate-limiter.js";
import { createSharedRateLimiter } from "./shared-rate-limiter.js";

export interface LimiterSpec {
  /** The quota of all replicas together, e.g. CONNECT_MAX_RPS and CONNECT_BURST. */
  ratePerSecond: number;
  burst: number;
  guardMs?: number;
  onWait?: (ms: number) => void;
}

/**
 * Makes the per-operation limiters of one AWS service (`service` names it in Redis keys and
 * logs): `(operation) => RateLimiter`. With Redis, every replica takes from the same buckets;
 * without it (or while it is down) each replica keeps a local bucket at its share of the quota.
 */
export type RateLimiterFactory = (
  service: string,
  spec: LimiterSpec,
) => (operation: string) => RateLimiter;

export function createRateLimiterFactory(options: {
  redis?: SharedRedis;
  /** CONNECT_REPLICAS: how many replicas split the quota when they cannot share it. */
  replicas: number;
  logger?: CacheLogger;
}): RateLimiterFactory {
  const { redis, replicas, logger } = options;
  return (service, spec) => {
    const share = {
      ...spec,
      ratePerSecond: spec.ratePerSecond / replicas,
      burst: Math.max(1, Math.floor(spec.burst / replicas)),
    };
    const local = createRateLimiters(share);
    if (!redis) return local;
    let inFallback = false;
    const onFallback = () => {
      if (inFallback) return;
      inFallback = true;
      logger?.warn(
        { service, ratePerSecond: share.ratePerSecond, burst: share.burst, replicas },
        "Redis unavailable: rate-limiting this replica alone at its share of the quota",
      );
    };
    const onShared = () => {
      if (!inFallback) return;
      inFallback = false;
      logger?.info({ service }, "Redis available: the quota is shared by every replica again");
    };
    const limiters = new Map<string, RateLimiter>();
    return (operation) => {
      let limiter = limiters.get(operation);
      if (!limiter) {
        limiter = createSharedRateLimiter({
          redis,
          key: `limiter:${service}:${operation}`,
          ...spec,
          fallback: local(operation),
          onFallback,
          onShared,
        });
        limiters.set(operation, limiter);
      }
      return limiter;
    };
  };
}
