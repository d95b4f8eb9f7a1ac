import { describe, expect, it } from "vitest";
import { slackDate } from "../../blocks/slack-date.js";
import { toDate } from "../../src/domain/to-date.js";

describe("slackDate", () => {
  it("renders a date token with a UTC fallback", () => {
    expect(slackDate(new Date("2024-05-01T10:03:07.250Z"))).toBe(
      "<!date^1714557787^{date_short_pretty} {time_secs}|2024-05-01T10:03:07Z>",
    );
  });

  it("takes another format", () => {
    expect(slackDate(new Date("2024-05-01T10:03:07Z"), "{ago}")).toBe(
      "<!date^1714557787^{ago}|2024-05-01T10:03:07Z>",
    );
  });

  it("gives nothing for missing or invalid dates, never 'Invalid Date'", () => {
    for (const value of [undefined, null, new Date(Number.NaN), "yesterday", {}]) {
      expect(slackDate(value)).toBeUndefined();
    }
  });
});

describe("toDate", () => {
  it("revives ISO strings and epoch milliseconds", () => {
    expect(toDate("2024-05-01T10:00:00.000Z")?.getTime()).toBe(1714557600000);
    expect(toDate(1714557600000)?.toISOString()).toBe("2024-05-01T10:00:00.000Z");
  });
});
