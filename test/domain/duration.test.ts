import { describe, expect, it } from "vitest";
import { durationBetween, formatMillis, formatSeconds } from "../../src/domain/duration.js";

describe("formatSeconds", () => {
  it.each([
    [0, "0s"],
    [45, "45s"],
    [252, "4m 12s"],
    [3600, "1h 00m"],
    [3727, "1h 02m"],
    [90_061, "1d 01h"],
    [59.6, "1m 00s"],
  ])("%s s → %s", (seconds, expected) => {
    expect(formatSeconds(seconds)).toBe(expected);
  });

  it("gives nothing for negative or non-finite input", () => {
    for (const value of [-1, Number.NaN, Number.POSITIVE_INFINITY, undefined]) {
      expect(formatSeconds(value)).toBeUndefined();
    }
  });
});

describe("formatMillis", () => {
  it("keeps milliseconds under a second", () => {
    expect(formatMillis(850)).toBe("850 ms");
    expect(formatMillis(6217)).toBe("6s");
  });
});

describe("durationBetween", () => {
  const start = new Date("2024-05-01T10:00:30Z");

  it("is the time from start to end", () => {
    expect(durationBetween(start, new Date("2024-05-01T10:04:42Z"))).toBe("4m 12s");
  });

  it("ignores the DST change (absolute time, not calendar)", () => {
    expect(
      durationBetween(new Date("2024-03-31T00:30:00Z"), new Date("2024-03-31T01:30:00Z")),
    ).toBe("1h 00m");
  });

  it("accepts dates that went through JSON", () => {
    expect(durationBetween(start.toISOString(), "2024-05-01T10:01:30Z")).toBe("1m 00s");
  });

  it("gives nothing when a date is missing, invalid or ends before it starts", () => {
    expect(durationBetween(start, undefined)).toBeUndefined();
    expect(durationBetween(start, new Date(Number.NaN))).toBeUndefined();
    expect(durationBetween(start, new Date("2024-05-01T10:00:00Z"))).toBeUndefined();
  });
});
