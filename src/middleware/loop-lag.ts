import { monitorEventLoopDelay } from "node:perf_hooks";

/** How often the worst delay seen is forgotten: the guard wants the last second, not the day. */
const WINDOW_MS = 1000;

/**
 * The event loop's recent worst delay: how late a request that arrives now would be read and
 * acknowledged. Sampled by Node's own histogram (no timer of ours keeps the process alive).
 */
export function createLoopLag(): { recentMs(): number } {
  const histogram = monitorEventLoopDelay({ resolution: 20 });
  histogram.enable();
  let windowStart = performance.now();
  let previousMax = 0;
  return {
    recentMs() {
      const now = performance.now();
      const current = histogram.count > 0 ? histogram.max / 1e6 : 0;
      if (now - windowStart >= WINDOW_MS) {
        previousMax = current;
        histogram.reset();
        windowStart = now;
      }
      return Math.max(previousMax, current);
    },
  };
}
