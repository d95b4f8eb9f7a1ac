import type { Cache } from "./cache.js";
import { createMemoryCache } from "./memory-cache.js";
import { type CacheLogger, createRedisCache, createRedisClient } from "./redis-cache.js";

/** Redis (falling back to memory while it is down) when a URL is configured, else memory only. */
export function createCache(options: {
  redisUrl?: string;
  keyPrefix: string;
  logger?: CacheLogger;
}): Cache {
  if (!options.redisUrl) return createMemoryCache();
  return createRedisCache({
    redis: createRedisClient(options.redisUrl, { logger: options.logger }),
    keyPrefix: options.keyPrefix,
    fallback: createMemoryCache(),
    logger: options.logger,
  });
}
