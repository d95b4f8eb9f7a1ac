// After a burst, V8 keeps what the burst's requests left in its old generation (promoted while in
// flight, garbage once answered) and the pages it emptied (its page pool) until its memory reducer
// runs: no sooner than 8 s after allocation slows down, and never while requests trickle in.
// Measured on Node 24 (docs/performance.md): 130–140 MiB of heap for 20–30 MiB of live objects,
// the process at ~300 MiB RSS, and the same after a regular full GC (the pages stay pooled). A
// last-resort GC also frees the pool: ~150 MiB RSS. It stops the loop for 50–250 ms, so it runs
// only once the loop is idle, and only when the process grew by GROWTH_BYTES since the last one.
import { performance } from "node:perf_hooks";

const CHECK_EVERY_MS = 250;
/** The event loop's busy share over the last check below which the process counts as idle. */
const IDLE_UTILIZATION = 0.05;
const GROWTH_BYTES = 48 * 2 ** 20;

/**
 * Collects V8's garbage and returns its empty pages to the OS whenever the process is idle and
 * has grown since the last collection. `gc` is the function `--expose-gc` provides; without it,
 * nothing runs. Returns a function that stops it.
 */
export function collectWhenIdle(gc = globalThis.gc) {
  if (typeof gc !== "function") return () => {};
  // The first idle moment after start collects too: loading the bot leaves garbage of its own.
  let baseline = 0;
  let last = performance.eventLoopUtilization();
  const timer = setInterval(() => {
    const now = performance.eventLoopUtilization();
    const busy = performance.eventLoopUtilization(now, last).utilization;
    last = now;
    if (busy > IDLE_UTILIZATION) return;
    const rss = process.memoryUsage.rss();
    if (rss < baseline + GROWTH_BYTES) {
      baseline = Math.min(baseline, rss);
      return;
    }
    gc({ type: "major", execution: "sync", flavor: "last-resort" });
    baseline = process.memoryUsage.rss();
    last = performance.eventLoopUtilization();
  }, CHECK_EVERY_MS);
  timer.unref();
  return () => clearInterval(timer);
}
