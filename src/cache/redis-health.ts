import type { CacheLogger, RedisClient } from "./redis-client.js";

const DEFAULT_BREAK_MS = 3000;

/**
 * Whether Redis is worth asking, shared by every adapter on one client (cache, limiters, locks).
 * A Redis that stops answering without closing the connection (a partition) would cost every
 * command its timeout, several times per lookup; so after a command times out (or any failure
 * that is not Redis's own error reply) Redis is skipped for `breakMs`, like when it is down.
 */
export interface RedisHealth {
  /** Connected and not skipped after a recent timeout. */
  usable(): boolean;
  /** Records a failed command; always returns undefined so it can end a catch. */
  failed(err: unknown): undefined;
  succeeded(): void;
  /** Called on every success that follows a failure or a reconnect (e.g. to replay claims). */
  onRecovered(listener: () => void): void;
}

export function createRedisHealth(options: {
  redis: RedisClient;
  logger?: CacheLogger;
  breakMs?: number;
  now?: () => number;
}): RedisHealth {
  const { redis, logger } = options;
  const breakMs = options.breakMs ?? DEFAULT_BREAK_MS;
  const now = options.now ?? Date.now;
  const listeners: (() => void)[] = [];
  let skipUntil = 0;
  let failing = false;
  const recovered = () => {
    for (const listener of listeners) listener();
  };
  redis.on("ready", recovered);
  return {
    usable: () => redis.status === "ready" && now() >= skipUntil,
    failed(err) {
      if ((err as { name?: unknown } | undefined)?.name !== "ReplyError") {
        skipUntil = now() + breakMs;
      }
      if (!failing) {
        failing = true;
        logger?.warn({ err }, "Redis command failed, treating it as a cache miss");
      }
      return undefined;
    },
    succeeded() {
      if (!failing) return;
      failing = false;
      logger?.info({}, "Redis commands succeed again");
      recovered();
    },
    onRecovered: (listener) => listeners.push(listener),
  };
}
