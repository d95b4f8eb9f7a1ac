import { randomUUID } from "node:crypto";
import type { SharedRedis } from "../cache/shared-redis.js";
import { UpstreamTimeoutError } from "../domain/errors.js";
import type { Deadline } from "./deadline.js";

/**
 * Coalesces one fetch across replicas (the in-process createSingleFlight does it within one).
 */
export type SharedFlight = <T>(
  key: string,
  deadline: Deadline,
  /** The answer once someone has fetched and cached it; undefined while there is none. */
  cached: () => Promise<T | undefined>,
  fetch: () => Promise<T>,
) => Promise<T>;

/** Marks the lock of a background (alert-thread) holder. */
const BACKGROUND = ":bg";
const RENEW = `if redis.call("GET", KEYS[1]) == ARGV[1] then return redis.call("PEXPIRE", KEYS[1], ARGV[2]) end return 0`;
const RELEASE = `if redis.call("GET", KEYS[1]) == ARGV[1] then return redis.call("DEL", KEYS[1]) end return 0`;

/**
 * The first replica to miss takes a short lock (`SET NX PX`) and fetches; the others poll the
 * cache until the answer is there, or the lock is gone without one (a failed fetch, or a holder
 * that died and stopped renewing it: then one of them takes it), or the caller's deadline is up.
 * Without a usable Redis every replica fetches for itself: the lock is an economy, never a wait
 * on something that cannot answer.
 */
export function createSharedFlight(options: {
  redis?: SharedRedis;
  lockMs?: number;
  pollMs?: number;
}): SharedFlight {
  const { redis } = options;
  const lockMs = options.lockMs ?? 3000;
  const pollMs = options.pollMs ?? 50;
  // Nobody waits on an alert thread: its waiters poll less often (a storm has dozens).
  const pollFor = (deadline: Deadline) => (deadline.background ? pollMs * 5 : pollMs);
  if (!redis) return (_key, _deadline, _cached, fetch) => fetch();
  const { client, health } = redis;

  async function tryLock(lockKey: string, token: string): Promise<boolean | undefined> {
    if (!health.usable()) return undefined;
    try {
      const reply = await client.set(lockKey, token, "PX", lockMs, "NX");
      health.succeeded();
      return reply === "OK";
    } catch (err) {
      return health.failed(err);
    }
  }

  async function holding<T>(lockKey: string, token: string, fetch: () => Promise<T>) {
    // Renewed while the fetch waits (an alert thread may queue for the quota for minutes).
    const renew = setInterval(() => {
      client.eval(RENEW, 1, lockKey, token, lockMs).catch(health.failed);
    }, lockMs / 3);
    try {
      return await fetch();
    } finally {
      clearInterval(renew);
      client.eval(RELEASE, 1, lockKey, token).catch(health.failed);
    }
  }

  /** An alert thread holds it: it may queue for the quota for minutes, longer than a person waits. */
  async function heldInBackground(lockKey: string): Promise<boolean> {
    try {
      return (await client.get(lockKey))?.endsWith(BACKGROUND) === true;
    } catch (err) {
      return health.failed(err) ?? false;
    }
  }

  return async (key, deadline, cached, fetch) => {
    const lockKey = `${redis.keyPrefix}lock:${key}`;
    const token = `${randomUUID()}${deadline.background ? BACKGROUND : ""}`;
    for (let polls = 0; ; polls++) {
      const locked = await tryLock(lockKey, token);
      if (locked === undefined) return fetch();
      // Whoever held the lock before may have cached the answer just before releasing it.
      const found = await cached();
      if (found !== undefined) {
        if (locked) client.eval(RELEASE, 1, lockKey, token).catch(health.failed);
        return found;
      }
      if (locked) return holding(lockKey, token, fetch);
      // A person does not wait behind an alert thread: people go first for the quota.
      if (polls === 0 && !deadline.background && (await heldInBackground(lockKey))) return fetch();
      await new Promise((resolve) => setTimeout(resolve, pollFor(deadline)));
      if (deadline.signal.aborted) {
        throw new UpstreamTimeoutError("Amazon Connect", deadline.ms, {
          cause: deadline.signal.reason,
        });
      }
    }
  };
}
