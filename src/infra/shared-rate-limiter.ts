import type { SharedRedis } from "../cache/shared-redis.js";
import type { AcquireOptions, RateLimiter } from "./rate-limiter.js";
import { DRAIN_TOKENS_LUA, TAKE_TOKEN_LUA } from "./token-bucket-script.js";

interface Waiter {
  background: boolean;
  enqueuedAt: number;
  signal?: AbortSignal;
  grant(): void;
  fail(reason: unknown): void;
}

/**
 * A token bucket shared by every replica through Redis (see TAKE_TOKEN_LUA). Callers queue here,
 * people before alert threads, and only the head of the queue asks Redis, so one replica sends
 * Redis one request per token however many callers wait. While Redis cannot be asked, callers
 * go to `fallback` (this replica's share of the quota) and `onFallback` is told.
 */
export function createSharedRateLimiter(options: {
  redis: SharedRedis;
  key: string;
  ratePerSecond: number;
  burst: number;
  guardMs?: number;
  fallback: RateLimiter;
  onFallback(): void;
  onShared(): void;
  onWait?: (ms: number) => void;
}): RateLimiter {
  const { redis, ratePerSecond, burst, fallback, onWait } = options;
  const guardMs = options.guardMs ?? 0;
  const key = redis.keyPrefix + options.key;
  const queue: Waiter[] = [];
  let pumping = false;
  let wake: (() => void) | undefined;

  async function take(background: boolean): Promise<number> {
    const args = [ratePerSecond, burst, background ? "1" : "0", guardMs + 250];
    return Number(await redis.client.eval(TAKE_TOKEN_LUA, 1, key, ...args));
  }

  function sleep(ms: number): Promise<void> {
    return new Promise((resolve) => {
      const timer = setTimeout(done, ms);
      function done() {
        clearTimeout(timer);
        wake = undefined;
        resolve();
      }
      wake = done;
    });
  }

  function toFallback(waiter: Waiter): void {
    fallback.acquire(waiter.signal, { background: waiter.background }).then(() => {
      waiter.grant();
    }, waiter.fail);
  }

  async function pump(): Promise<void> {
    if (pumping) return;
    pumping = true;
    try {
      while (queue.length > 0) {
        const head = queue[0]!;
        if (!redis.health.usable()) {
          options.onFallback();
          for (const waiter of queue.splice(0)) toFallback(waiter);
          break;
        }
        let wait: number;
        try {
          wait = await take(head.background);
          redis.health.succeeded();
          options.onShared();
        } catch (err) {
          redis.health.failed(err);
          options.onFallback();
          const index = queue.indexOf(head);
          if (index >= 0) toFallback(queue.splice(index, 1)[0]!);
          continue;
        }
        // The head may have given up meanwhile: the token goes to whoever is first now.
        if (wait === 0) queue.shift()?.grant();
        else await sleep(wait + guardMs);
      }
    } finally {
      pumping = false;
    }
  }

  return {
    throttled() {
      fallback.throttled();
      if (!redis.health.usable()) return;
      redis.client
        .eval(DRAIN_TOKENS_LUA, 1, key, ratePerSecond, burst)
        .then(() => redis.health.succeeded(), redis.health.failed);
    },
    acquire(signal?: AbortSignal, acquireOptions: AcquireOptions = {}) {
      if (signal?.aborted) return Promise.reject(signal.reason);
      return new Promise<void>((resolve, reject) => {
        const onAbort = () => {
          const index = queue.indexOf(waiter);
          if (index >= 0) queue.splice(index, 1);
          if (index === 0) wake?.();
          reject(signal?.reason);
        };
        const waiter: Waiter = {
          background: acquireOptions.background === true,
          enqueuedAt: Date.now(),
          signal,
          grant() {
            signal?.removeEventListener("abort", onAbort);
            onWait?.(Date.now() - waiter.enqueuedAt);
            resolve();
          },
          fail(reason) {
            signal?.removeEventListener("abort", onAbort);
            reject(reason);
          },
        };
        signal?.addEventListener("abort", onAbort, { once: true });
        const firstBackground = waiter.background ? -1 : queue.findIndex((w) => w.background);
        if (firstBackground === -1) queue.push(waiter);
        else {
          queue.splice(firstBackground, 0, waiter);
          // A person overtakes an alert thread the pump is sleeping for.
          if (firstBackground === 0) wake?.();
        }
        void pump();
      });
    },
  };
}
