import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { createRateLimiter, createRateLimiters } from "../../src/infra/rate-limiter.js";

beforeEach(() => {
  vi.useFakeTimers();
});
afterEach(() => {
  vi.useRealTimers();
});

/** Starts `n` acquires at once and records when (in fake ms) each one is granted, in order. */
function acquireAll(limiter: ReturnType<typeof createRateLimiter>, n: number) {
  const start = Date.now();
  const granted: { index: number; at: number }[] = [];
  const all = Array.from({ length: n }, (_, index) =>
    limiter.acquire().then(() => granted.push({ index, at: Date.now() - start })),
  );
  return { granted, all: Promise.all(all) };
}

describe("createRateLimiter", () => {
  it("lets a burst through, then queues callers at the rate (12 at 2 rps, burst 5: 3.5 s)", async () => {
    const limiter = createRateLimiter({ ratePerSecond: 2, burst: 5 });
    const { granted, all } = acquireAll(limiter, 12);
    await vi.advanceTimersByTimeAsync(0);
    expect(granted).toHaveLength(5);
    await vi.advanceTimersByTimeAsync(3499);
    expect(granted).toHaveLength(11);
    await vi.advanceTimersByTimeAsync(1);
    await all;
    expect(granted.map((g) => g.at)).toEqual([
      0, 0, 0, 0, 0, 500, 1000, 1500, 2000, 2500, 3000, 3500,
    ]);
    expect(granted.map((g) => g.index)).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11]);
  });

  it("with a guard, runs the same rate a fixed step behind the ideal schedule", async () => {
    const limiter = createRateLimiter({ ratePerSecond: 2, burst: 5, guardMs: 100 });
    const { granted, all } = acquireAll(limiter, 9);
    await vi.advanceTimersByTimeAsync(2100);
    await all;
    expect(granted.map((g) => g.at)).toEqual([0, 0, 0, 0, 0, 600, 1100, 1600, 2100]);
  });

  it("serves people waiting before queued background callers", async () => {
    const limiter = createRateLimiter({ ratePerSecond: 1, burst: 1 });
    const order: string[] = [];
    await limiter.acquire();
    const waits = [
      limiter.acquire(undefined, { background: true }).then(() => order.push("alert-1")),
      limiter.acquire(undefined, { background: true }).then(() => order.push("alert-2")),
      limiter.acquire().then(() => order.push("person")),
    ];
    await vi.advanceTimersByTimeAsync(3000);
    await Promise.all(waits);
    expect(order).toEqual(["person", "alert-1", "alert-2"]);
  });

  it("refills over idle time up to the burst, not beyond", async () => {
    const limiter = createRateLimiter({ ratePerSecond: 2, burst: 5 });
    await acquireAll(limiter, 5).all;
    await vi.advanceTimersByTimeAsync(60_000);
    const { granted } = acquireAll(limiter, 6);
    await vi.advanceTimersByTimeAsync(0);
    expect(granted).toHaveLength(5);
  });

  it("reports each caller's wait", async () => {
    const waits: number[] = [];
    const limiter = createRateLimiter({
      ratePerSecond: 2,
      burst: 1,
      onWait: (ms) => waits.push(ms),
    });
    const { all } = acquireAll(limiter, 3);
    await vi.advanceTimersByTimeAsync(1000);
    await all;
    expect(waits).toEqual([0, 500, 1000]);
  });

  it("drops an aborted caller from the queue without spending a token on it", async () => {
    const limiter = createRateLimiter({ ratePerSecond: 1, burst: 1 });
    await limiter.acquire();
    const controller = new AbortController();
    const aborted = limiter.acquire(controller.signal).catch((e: unknown) => e);
    const next = acquireAll(limiter, 1);
    controller.abort(new Error("gave up"));
    expect(await aborted).toEqual(new Error("gave up"));
    await vi.advanceTimersByTimeAsync(1000);
    expect(next.granted).toEqual([{ index: 0, at: 1000 }]);
  });

  it("gives no token until one refills after the service said it throttled a call", async () => {
    const limiter = createRateLimiter({ ratePerSecond: 2, burst: 5 });
    await limiter.acquire();
    limiter.throttled();
    const { granted } = acquireAll(limiter, 2);
    await vi.advanceTimersByTimeAsync(499);
    expect(granted).toHaveLength(0);
    await vi.advanceTimersByTimeAsync(1);
    expect(granted).toHaveLength(1);
  });

  it("rejects at once when the signal is already aborted", async () => {
    const limiter = createRateLimiter({ ratePerSecond: 1, burst: 1 });
    await expect(limiter.acquire(AbortSignal.abort(new Error("late")))).rejects.toThrow("late");
  });
});

describe("createRateLimiters", () => {
  it("keeps one bucket per key", async () => {
    const limiterFor = createRateLimiters({ ratePerSecond: 1, burst: 1 });
    expect(limiterFor("DescribeContact")).toBe(limiterFor("DescribeContact"));
    await limiterFor("DescribeContact").acquire();
    const granted: string[] = [];
    void limiterFor("DescribeContact")
      .acquire()
      .then(() => granted.push("DescribeContact"));
    void limiterFor("DescribeUser")
      .acquire()
      .then(() => granted.push("DescribeUser"));
    await vi.advanceTimersByTimeAsync(0);
    expect(granted).toEqual(["DescribeUser"]);
    await vi.advanceTimersByTimeAsync(1000);
    expect(granted).toEqual(["DescribeUser", "DescribeContact"]);
  });
});
