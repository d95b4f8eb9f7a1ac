import { expect, it, vi } from "vitest";
// @ts-expect-error: a plain .mjs start-up script, without type declarations.
import { collectWhenIdle } from "../../scripts/idle-gc.mjs";

it("collects V8's garbage once the process is idle, then not again until it has grown", async () => {
  const gc = vi.fn();
  const stop = collectWhenIdle(gc);
  try {
    await vi.waitFor(() => expect(gc).toHaveBeenCalledTimes(1), { timeout: 5000, interval: 50 });
    expect(gc).toHaveBeenCalledWith({ type: "major", execution: "sync", flavor: "last-resort" });
    await new Promise((resolve) => setTimeout(resolve, 1000));
    expect(gc).toHaveBeenCalledTimes(1);
  } finally {
    stop();
  }
});

it("does nothing without --expose-gc", () => {
  expect(() => collectWhenIdle(undefined)()).not.toThrow();
});
