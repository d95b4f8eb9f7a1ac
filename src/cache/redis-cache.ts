import type { Cache } from "./cache.js";
import { createLocalClaims } from "./local-claims.js";
import type { CacheLogger, RedisClient } from "./redis-client.js";
import { createRedisHealth, type RedisHealth } from "./redis-health.js";

/**
 * Fail-open Redis cache. While Redis is unreachable every call is served by `fallback` (so event
 * de-duplication keeps working on this replica); a command that fails on a live connection is a
 * miss. Writes never wait for Redis. Takes ownership of `redis`: close() quits it. Every command
 * names one key, so in cluster mode nothing needs its keys in one hash slot.
 */
export function createRedisCache(options: {
  redis: RedisClient;
  keyPrefix: string;
  fallback: Cache;
  logger?: CacheLogger;
  /** Shared with the other adapters on `redis`; made here when not given. */
  health?: RedisHealth;
  breakMs?: number;
  now?: () => number;
}): Cache {
  const { redis, keyPrefix, fallback } = options;
  const health = options.health ?? createRedisHealth(options);
  const ready = health.usable;
  const { failed, succeeded } = health;
  const seconds = (ttl: number) => Math.max(1, Math.ceil(ttl));
  const claims = createLocalClaims(options.now);
  health.onRecovered(() => {
    for (const claim of claims.unwritten()) {
      redis
        .set(keyPrefix + claim.key, claim.value, "EX", claim.seconds, "NX")
        .then(claim.done, failed);
    }
  });

  return {
    async get(key) {
      if (!ready()) return fallback.get(key);
      try {
        const value = await redis.get(keyPrefix + key);
        succeeded();
        return value ?? undefined;
      } catch (err) {
        return failed(err);
      }
    },
    async set(key, value, ttlSeconds) {
      if (!ready()) return fallback.set(key, value, ttlSeconds);
      redis.set(keyPrefix + key, value, "EX", seconds(ttlSeconds)).then(succeeded, failed);
    },
    async setIfAbsent(key, value, ttlSeconds) {
      if (claims.has(key)) return false;
      if (ready()) {
        try {
          const reply = await redis.set(keyPrefix + key, value, "EX", seconds(ttlSeconds), "NX");
          succeeded();
          return reply === "OK";
        } catch (err) {
          failed(err);
        }
      }
      const claimed = await fallback.setIfAbsent(key, value, ttlSeconds);
      if (claimed) claims.add(key, value, ttlSeconds);
      return claimed;
    },
    async delete(key) {
      await fallback.delete(key);
      if (!ready()) return;
      redis.del(keyPrefix + key).then(succeeded, failed);
    },
    state: () => (ready() ? "redis" : "degraded"),
    async close() {
      await fallback.close();
      try {
        await redis.quit();
      } catch {
        redis.disconnect();
      }
    },
  };
}
