import { describe, expect, it } from "vitest";
import { inFlightWork } from "../../src/middleware/in-flight.js";
import { createLogger } from "../../src/observability/logger.js";
import { createMetrics } from "../../src/observability/metrics.js";
import { createOverloadGuard, type LoadSample } from "../../src/slack/overload-guard.js";
import { logCapture } from "../support/log-capture.js";

const IDLE: LoadSample = { inFlight: 0, answering: 0, msPerRequest: 0, answerMs: 0, loopLagMs: 0 };
const load = (sample: Partial<LoadSample>): LoadSample => ({ ...IDLE, ...sample });

function guard(initial: LoadSample = IDLE) {
  const destination = logCapture();
  const metrics = createMetrics();
  let now = 0;
  let load = initial;
  const refuse = createOverloadGuard({
    config: { maxInFlight: 2000, maxAnswerDelayMs: 10_000, maxEventDelayMs: 3000 },
    load: () => load,
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
    setLoad: (next: LoadSample) => {
      load = next;
    },
  };
}

/** Holds the event loop, as a burst of requests does between two turns. */
function busy(ms: number): void {
  const until = performance.now() + ms;
  while (performance.now() < until) {
    // Spin: the acked request below keeps waiting to start.
  }
}

describe("createOverloadGuard", () => {
  it("admits below the limits", () => {
    const { refuse, destination } = guard();
    expect(refuse("interactive")).toBeUndefined();
    expect(refuse("event")).toBeUndefined();
    expect(destination.lines()).toEqual([]);
  });

  it("refuses at MAX_IN_FLIGHT, and when the predicted answer is later than allowed", async () => {
    const g = guard(load({ inFlight: 2000 }));
    expect(g.refuse("interactive")).toBe("in_flight");
    // 1,100 in flight, one finishing every 10 ms: the next is answered after 11 s, over 10 s.
    g.setLoad(load({ inFlight: 1100, answering: 1100, msPerRequest: 10, answerMs: 500 }));
    expect(g.refuse("interactive")).toBe("answer_delay");
    // Answers that take 12 s each, even with nothing else in flight.
    g.setLoad(load({ inFlight: 1, answering: 1, answerMs: 12_000 }));
    expect(g.refuse("interactive")).toBe("answer_delay");
    const text = (await g.metrics.render()).body;
    expect(text).toMatch(/^ccb_overload_refused_total\{reason="in_flight"\} 1$/m);
    expect(text).toMatch(/^ccb_overload_refused_total\{reason="answer_delay"\} 2$/m);
  });

  it("refuses events (which Slack retries) before commands and clicks (which it does not)", () => {
    const g = guard(load({ inFlight: 5, answering: 5, loopLagMs: 4000 }));
    expect(g.refuse("event")).toBe("answer_delay");
    expect(g.refuse("interactive")).toBeUndefined();
  });

  it("takes alerts while hundreds wait on the Connect quota: Slack waits only for their ack", () => {
    // An alert storm: 500 thread answers paced by Connect's quota, each taking 20 s to finish.
    const g = guard(load({ inFlight: 500, loopLagMs: 20 }));
    expect(g.refuse("event")).toBeUndefined();
    expect(g.refuse("interactive")).toBeUndefined();
  });

  it("answers a burst whose oldest request waited over a second, when it still drains in time", async () => {
    // The old guard refused whenever the oldest acked request had waited 1 s to start, though
    // the requests in flight would all have been answered within a few seconds.
    const work = inFlightWork({ inc() {}, dec() {} });
    const requests = Array.from({ length: 50 }, () =>
      work.middleware({
        body: { command: "/contact" },
        next: async () => {
          await new Promise((resolve) => setImmediate(resolve));
          busy(25);
        },
      } as unknown as Parameters<typeof work.middleware>[0]),
    );
    await Promise.all(requests.slice(0, 40));
    const measured = work.load();
    // Ten still in flight behind 1 s of work (40 × 25 ms), one finishing about every 25 ms.
    expect(measured.inFlight).toBe(10);
    expect(measured.answering).toBe(10);
    expect(measured.answerMs).toBeGreaterThanOrEqual(500);
    expect(measured.msPerRequest).toBeGreaterThanOrEqual(20);
    const g = guard(measured);
    expect(g.refuse("interactive")).toBeUndefined();
    await Promise.all(requests);
  });

  it("logs one line a second with how many were refused, not one per request", () => {
    const g = guard();
    g.setLoad(load({ inFlight: 2050 }));
    for (let i = 0; i < 100; i++) g.refuse("interactive");
    g.advance(1000);
    g.refuse("interactive");
    const lines = g.destination.lines();
    expect(lines).toHaveLength(2);
    expect(lines[0]).toMatchObject({
      level: "warn",
      reason: "in_flight",
      kind: "interactive",
      refused: 1,
      inFlight: 2050,
    });
    expect(lines[1]).toMatchObject({ refused: 100 });
  });
});
