interface Waiter {
  resolve(): void;
  background: boolean;
  enqueuedAt: number;
  detach(): void;
}

export interface AcquireOptions {
  /** Background callers (alert threads) queue behind every person waiting for an answer. */
  background?: boolean;
}

export interface RateLimiter {
  /** Resolves when the caller may make one call; rejects with the signal's reason on abort. */
  acquire(signal?: AbortSignal, options?: AcquireOptions): Promise<void>;
  /**
   * The service throttled a call: its bucket is emptier than this one thinks (calls that left
   * late, a clock behind). Empties this bucket, so that nobody calls again before a token refills.
   */
  throttled(): void;
}

/**
 * A token bucket that queues callers first-come first-served instead of failing them, so bursts
 * of lookups wait their turn rather than run into Amazon Connect's per-account quota.
 * `onWait` receives every granted caller's wait in ms (0 when a token was free), for a metric.
 * `guardMs` releases queued callers that much after their token is due: the rate is unchanged,
 * but the schedule runs a little behind Connect's own bucket, so network jitter (a first request
 * that took longer to arrive than the next) cannot make a paced call look early and throttled.
 */
export function createRateLimiter(options: {
  ratePerSecond: number;
  burst: number;
  guardMs?: number;
  now?: () => number;
  onWait?: (ms: number) => void;
}): RateLimiter {
  const { ratePerSecond, burst, onWait, guardMs = 0 } = options;
  const now = options.now ?? (() => Date.now());
  const queue: Waiter[] = [];
  let tokens = burst;
  let refilledAt = now();
  let timer: NodeJS.Timeout | undefined;

  function refill(): void {
    const t = now();
    tokens = Math.min(burst, tokens + ((t - refilledAt) / 1000) * ratePerSecond);
    refilledAt = t;
  }

  function schedule(): void {
    if (timer || queue.length === 0) return;
    const ms = Math.max(1, Math.ceil(((1 - tokens) / ratePerSecond) * 1000) + guardMs);
    timer = setTimeout(drain, ms);
  }

  function drain(): void {
    timer = undefined;
    refill();
    while (queue.length > 0 && tokens >= 1) {
      tokens -= 1;
      const waiter = queue.shift()!;
      waiter.detach();
      onWait?.(now() - waiter.enqueuedAt);
      waiter.resolve();
    }
    schedule();
  }

  return {
    throttled() {
      refill();
      tokens = Math.min(tokens, 0);
    },
    acquire(signal, options = {}) {
      if (signal?.aborted) return Promise.reject(signal.reason);
      refill();
      if (queue.length === 0 && tokens >= 1) {
        tokens -= 1;
        onWait?.(0);
        return Promise.resolve();
      }
      return new Promise<void>((resolve, reject) => {
        const onAbort = () => {
          queue.splice(queue.indexOf(waiter), 1);
          if (queue.length === 0 && timer) {
            clearTimeout(timer);
            timer = undefined;
          }
          reject(signal?.reason);
        };
        const waiter: Waiter = {
          resolve,
          background: options.background === true,
          enqueuedAt: now(),
          detach: () => signal?.removeEventListener("abort", onAbort),
        };
        signal?.addEventListener("abort", onAbort, { once: true });
        const firstBackground = waiter.background ? -1 : queue.findIndex((w) => w.background);
        if (firstBackground === -1) queue.push(waiter);
        else queue.splice(firstBackground, 0, waiter);
        schedule();
      });
    },
  };
}

/** One limiter per key, created on first use: Connect's quotas apply to each API separately. */
export function createRateLimiters(
  options: Parameters<typeof createRateLimiter>[0],
): (key: string) => RateLimiter {
  const limiters = new Map<string, RateLimiter>();
  return (key) => {
    let limiter = limiters.get(key);
    if (!limiter) {
      limiter = createRateLimiter(options);
      limiters.set(key, limiter);
    }
    return limiter;
  };
}
