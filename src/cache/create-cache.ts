import type { Cache } from "./cache.js";
import { createMemoryCache } from "./memory-cache.js";
import { createNearCache } from "./near-cache.js";
import { type CacheLogger, createRedisCache, createRedisClient } from "./redis-cache.js";

/**
 * Redis (falling back to memory while it is down) behind a short-lived in-process layer when a URL
 * is configured, else memory only.
 */
export function createCache(options: {
  redisUrl?: string;
  keyPrefix: string;
  logger?: CacheLogger;
}): Cache {
  if (!options.redisUrl) return createMemoryCache();
  const shared = createRedisCache({
    redis: createRedisClient(options.redisUrl, { logger: options.logger }),
    keyPrefix: options.keyPrefix,
    fallback: createMemoryCache(),
    logger: options.logger,
  });
  return createNearCache({ far: shared });
}
