import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { serviceTime } from "../../src/middleware/service-time.js";
import { predictedAnswerMs } from "../../src/slack/overload-guard.js";
import { recentAverage } from "../../src/slack/recent-average.js";

/** Finishing times: clumps of `clump` answers every `everyMs`, as event-loop turns settle them. */
function clumped(count: number, clump: number, everyMs: number): number[] {
  return Array.from({ length: count }, (_, i) => (Math.floor(i / clump) + 1) * everyMs);
}

/** Times that advance by each step in turn. */
const cumulative = (steps: readonly number[]): number[] => {
  let at = 0;
  return steps.map((step) => {
    at += step;
    return at;
  });
};

/** A busy period from 0 with these answers: the window's time per answer. */
function measured(finishes: readonly number[]): number {
  const service = serviceTime();
  service.begin(0);
  for (const at of finishes) service.finished(at);
  return service.msPerRequest();
}

/** What the guard used before: a recent average of the gaps between two answers. */
function averagedGaps(finishes: readonly number[]): number {
  const gaps = recentAverage();
  finishes.forEach((at, i) => {
    gaps.add(at - (finishes[i - 1] ?? 0));
  });
  return gaps.value();
}

const burst = (msPerRequest: number) => ({
  inFlight: 1000,
  answering: 1000,
  msPerRequest,
  answerMs: 900,
  loopLagMs: 300,
});

describe("serviceTime", () => {
  it("is the time per answer over the window: answers per unit of time", () => {
    // 200 answers in 200 ms.
    expect(measured(clumped(200, 20, 20))).toBeCloseTo(1, 1);
  });

  it("is not thrown by one long pause among quick answers, as an average of the gaps was", () => {
    // 200 answers in 200 ms, then a 300 ms pause (a major GC, a slow turn), then the next one.
    const finishes = [...clumped(200, 20, 20), 500];
    // A thousand in flight at ~2.5 ms an answer: all answered within 3 s, admitted.
    expect(predictedAnswerMs(burst(measured(finishes)), "interactive")).toBeLessThan(3000);
    // The average of the gaps made it a minute's work, and the burst was refused.
    expect(predictedAnswerMs(burst(averagedGaps(finishes)), "interactive")).toBeGreaterThan(10_000);
  });

  it("keeps the last busy period's figure until the new one has answers enough to measure", () => {
    const service = serviceTime();
    expect(service.msPerRequest()).toBe(0);
    service.begin(0);
    for (let i = 1; i <= 50; i++) service.finished(i * 10);
    expect(service.msPerRequest()).toBeCloseTo(10, 5);
    service.begin(10_000);
    service.finished(10_004);
    expect(service.msPerRequest()).toBeCloseTo(10, 5);
  });

  it("follows a slowdown: the window holds only the recent answers", () => {
    const steps = [...Array<number>(300).fill(1), ...Array<number>(300).fill(50)];
    expect(measured(cumulative(steps))).toBeCloseTo(50, 5);
  });

  it("is never negative or infinite, whatever the answers' times", () => {
    fc.assert(
      fc.property(fc.array(fc.nat({ max: 10_000 }), { maxLength: 600 }), (steps) => {
        const ms = measured(cumulative(steps));
        expect(Number.isFinite(ms) && ms >= 0).toBe(true);
      }),
    );
  });
});
