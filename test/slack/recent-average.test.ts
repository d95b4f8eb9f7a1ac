import { describe, expect, it } from "vitest";
import { recentAverage } from "../../src/slack/recent-average.js";

describe("recentAverage", () => {
  it("is 0 before any sample, the sample itself after one, and follows a change", () => {
    const mean = recentAverage(0.5);
    expect(mean.value()).toBe(0);
    mean.add(10);
    expect(mean.value()).toBe(10);
    mean.add(20);
    expect(mean.value()).toBe(15);
    for (let i = 0; i < 20; i++) mean.add(100);
    expect(mean.value()).toBeGreaterThan(99);
  });
});
