import { describe, expect, it } from "vitest";
import { escapeMrkdwn, neutralizePlain } from "../../blocks/escape.js";
import { md } from "../../blocks/mrkdwn.js";
import { LIMITS, truncate, truncateEscaped } from "../../src/domain/truncate.js";
import { isWellFormed } from "./support/inspect.js";

describe("escapeMrkdwn", () => {
  it.each([
    ["<!channel>", "&lt;!channel&gt;"],
    ["<@U123ABC>", "&lt;@U123ABC&gt;"],
    ["<!subteam^S1>", "&lt;!subteam^S1&gt;"],
    ["<https://evil.example|click>", "&lt;https://evil.example|click&gt;"],
    ["Tom & Jerry", "Tom &amp; Jerry"],
    ["&lt; stays literal", "&amp;lt; stays literal"],
  ])("escapes %s", (input, expected) => {
    expect(escapeMrkdwn(input)).toBe(expected);
  });

  it("leaves ordinary text alone", () => {
    expect(escapeMrkdwn("Billing queue • 4m 12s")).toBe("Billing queue • 4m 12s");
  });
});

describe("neutralizePlain", () => {
  it("swaps angle brackets for look-alikes", () => {
    expect(neutralizePlain("<!here> hi")).toBe("‹!here› hi");
  });
});

describe("truncate", () => {
  it("keeps text within the limit unchanged", () => {
    expect(truncate("abc", 3)).toBe("abc");
  });

  it("cuts to the limit with a visible ellipsis", () => {
    const cut = truncate("x".repeat(200), LIMITS.header);
    expect(cut).toHaveLength(LIMITS.header);
    expect(cut.endsWith("…")).toBe(true);
  });

  it("never leaves half a surrogate pair", () => {
    const cut = truncate(`ab${"😀".repeat(10)}`, 4);
    expect(cut).toBe("ab…");
    expect(isWellFormed(cut)).toBe(true);
  });

  it("does not leave half an entity behind", () => {
    const escaped = escapeMrkdwn("aaaa&bbbb");
    expect(truncateEscaped(escaped, 7)).toBe("aaaa…");
    expect(truncateEscaped(escapeMrkdwn("aa<b"), 5)).toBe("aa…");
  });
});

describe("md", () => {
  it("escapes and truncates contact data", () => {
    expect(md("<!here>".repeat(100), 20)).toBe("&lt;!here&gt;&lt;!h…");
  });

  it("leaves out missing, empty and wrongly typed values", () => {
    for (const value of [undefined, null, "", "   ", {}, [], true, Number.NaN]) {
      expect(md(value)).toBeUndefined();
    }
  });
});

describe("truncateEscaped with renderer tokens", () => {
  it("never leaves half a date token or link", () => {
    const token = "<!date^1714557600^{date_short_pretty} {time_secs}|2024-05-01T10:00:00Z>";
    expect(truncateEscaped(`Started ${token}`, 30)).toBe("Started …");
    expect(truncateEscaped(`${token} and more text`, token.length + 5)).toBe(`${token} and…`);
  });
});
