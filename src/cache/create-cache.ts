import type { Cache } from "./cache.js";
import { createMemoryCache } from "./memory-cache.js";
import { createNearCache } from "./near-cache.js";
import { createRedisCache } from "./redis-cache.js";
import type { CacheLogger } from "./redis-client.js";
import type { SharedRedis } from "./shared-redis.js";

/**
 * Redis (falling back to memory while it is down) behind a short-lived in-process layer when
 * Redis is configured, else memory only.
 */
export function createCache(options: { redis?: SharedRedis; logger?: CacheLogger }): Cache {
  const { redis } = options;
  if (!redis) return createMemoryCache();
  const shared = createRedisCache({
    redis: redis.client,
    health: redis.health,
    keyPrefix: redis.keyPrefix,
    fallback: createMemoryCache(),
    logger: options.logger,
  });
  return createNearCache({ far: shared });
}
