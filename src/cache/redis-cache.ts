import { Redis } from "ioredis";
import type { Cache } from "./cache.js";

/** The slice of a pino-style logger the cache needs. */
export interface CacheLogger {
  info(obj: object, msg: string): void;
  warn(obj: object, msg: string): void;
}

const RETRY_STEP_MS = 200;
const DEFAULT_BREAK_MS = 3000;
const RETRY_MAX_MS = 2000;

/**
 * A client for a cache, not a database: commands fail fast instead of queueing while Redis is
 * down, and it reconnects forever so the cache comes back when Redis does.
 */
export function createRedisClient(
  url: string,
  options: { commandTimeoutMs?: number; connectTimeoutMs?: number; logger?: CacheLogger } = {},
): Redis {
  const redis = new Redis(url, {
    enableOfflineQueue: false,
    maxRetriesPerRequest: 0,
    commandTimeout: options.commandTimeoutMs ?? 250,
    connectTimeout: options.connectTimeoutMs ?? 1000,
    retryStrategy: (attempt) => Math.min(attempt * RETRY_STEP_MS, RETRY_MAX_MS),
    lazyConnect: false,
  });
  // Without a listener ioredis reports every reconnect attempt as an unhandled error.
  let down = false;
  redis.on("error", (err: Error) => {
    if (down) return;
    down = true;
    options.logger?.warn({ err }, "Redis unavailable, caching in-process until it is back");
  });
  redis.on("ready", () => {
    if (!down) return;
    down = false;
    options.logger?.info({}, "Redis available again");
  });
  return redis;
}

/**
 * Fail-open Redis cache. While Redis is unreachable every call is served by `fallback` (so event
 * de-duplication keeps working on this replica); a command that fails on a live connection is a
 * miss. Writes never wait for Redis. Takes ownership of `redis`: close() quits it.
 *
 * A Redis that stops answering without closing the connection (a partition) would cost every
 * command its timeout, several times per lookup; so after a command times out (or any failure
 * that is not Redis's own error reply) Redis is skipped for `breakMs`, like when it is down.
 */
export function createRedisCache(options: {
  redis: Redis;
  keyPrefix: string;
  fallback: Cache;
  logger?: CacheLogger;
  breakMs?: number;
  now?: () => number;
}): Cache {
  const { redis, keyPrefix, fallback, logger } = options;
  const breakMs = options.breakMs ?? DEFAULT_BREAK_MS;
  const now = options.now ?? Date.now;
  let skipUntil = 0;
  const ready = () => redis.status === "ready" && now() >= skipUntil;
  const seconds = (ttl: number) => Math.max(1, Math.ceil(ttl));
  let failing = false;

  function failed(err: unknown): undefined {
    if ((err as { name?: unknown } | undefined)?.name !== "ReplyError") skipUntil = now() + breakMs;
    if (!failing) {
      failing = true;
      logger?.warn({ err }, "Redis command failed, treating it as a cache miss");
    }
    return undefined;
  }
  function succeeded(): void {
    if (!failing) return;
    failing = false;
    logger?.info({}, "Redis commands succeed again");
  }

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
      if (ready()) {
        try {
          const reply = await redis.set(keyPrefix + key, value, "EX", seconds(ttlSeconds), "NX");
          succeeded();
          return reply === "OK";
        } catch (err) {
          failed(err);
        }
      }
      return fallback.setIfAbsent(key, value, ttlSeconds);
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
