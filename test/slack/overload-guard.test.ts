import { describe, expect, it } from "vitest";
import { createLogger } from "../../src/logger.js";
import { createMetrics } from "../../src/metrics.js";
import { createOverloadGuard } from "../../src/slack/overload-guard.js";
import { logCapture } from "../ops/log-capture.js";

function guard(queueDelayMs = 0) {
  const destination = logCapture();
  const metrics = createMetrics();
  let now = 0;
  let delay = queueDelayMs;
  const refuse = createOverloadGuard({
    config: { maxInFlight: 10, maxQueueDelayMs: 500 },
    queueDelayMs: () => delay,
    logger: createLogger({ level: "warn", destination }),
    metrics,
    nowMs: () => now,
  });
  return {
    refuse,
    destination,
    metrics,
    advance: (ms: number) => {
      now += ms;
    },
    setDelay: (ms: number) => {
      delay = ms;
    },
  };
}

describe("createOverloadGuard", () => {
  it("admits below both limits", () => {
    const { refuse, destination } = guard();
    expect(refuse(9)).toBeUndefined();
    expect(destination.lines()).toEqual([]);
  });

  it("refuses at MAX_IN_FLIGHT and while the oldest acked request waits too long", async () => {
    const g = guard();
    expect(g.refuse(10)).toBe("in_flight");
    g.setDelay(500);
    expect(g.refuse(0)).toBe("queue_delay");
    const text = (await g.metrics.render()).body;
    expect(text).toMatch(/^ccb_overload_refused_total\{reason="in_flight"\} 1$/m);
    expect(text).toMatch(/^ccb_overload_refused_total\{reason="queue_delay"\} 1$/m);
  });

  it("logs one line a second with how many were refused, not one per request", () => {
    const g = guard();
    for (let i = 0; i < 100; i++) g.refuse(50);
    g.advance(1000);
    g.refuse(50);
    const lines = g.destination.lines();
    expect(lines).toHaveLength(2);
    expect(lines[0]).toMatchObject({
      level: "warn",
      reason: "in_flight",
      refused: 1,
      inFlight: 50,
    });
    expect(lines[1]).toMatchObject({ refused: 100 });
  });
});
