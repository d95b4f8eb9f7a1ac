import { describe, expect, it } from "vitest";
import { InvalidSearchError } from "../../../src/domain/request-errors.js";
import { auditFilters } from "../../../src/domain/search/audit-filters.js";
import { parseSearch } from "../../../src/domain/search/parse-search.js";
import { lastClockTime, zonedToUtc } from "../../../src/domain/search/zoned-time.js";

const NOW = Date.UTC(2024, 4, 1, 12, 0, 0);
const utc = { nowMs: NOW, zone: "UTC" };

function refusal(text: string, zone = "UTC"): InvalidSearchError {
  try {
    parseSearch(text, { nowMs: NOW, zone });
  } catch (error) {
    if (error instanceof InvalidSearchError) return error;
    throw error;
  }
  throw new Error(`expected ${text} to be refused`);
}

describe("parseSearch", () => {
  it("reads every filter, in any order, with quotes for spaces", () => {
    const query = parseSearch(
      'abandoned channel:voice,chat queue:"Billing Support" agent:jdoe method:queue_transfer attr:orderId=A-1 last:2h long-wait',
      utc,
    );
    expect(query).toEqual({
      queue: "Billing Support",
      agent: "jdoe",
      channels: ["VOICE", "CHAT"],
      methods: ["QUEUE_TRANSFER"],
      attributes: [{ key: "orderId", value: "A-1" }],
      outcomes: ["abandoned", "long-wait"],
      startMs: NOW - 2 * 3600_000,
      endMs: NOW,
      time: { last: 7200 },
    });
  });

  it("keeps another filter smuggled inside a quoted value as part of that value", () => {
    const said = parseSearch('said:"cancel queue:Sales outcome:abandoned"', utc);
    expect(said.said?.phrases).toEqual([
      { speaker: "anyone", text: "cancel queue:Sales outcome:abandoned" },
    ]);
    expect(said.queue).toBeUndefined();
    expect(said.outcomes).toEqual([]);
    const queue = parseSearch('queue:"Billing outcome:abandoned" channel:voice', utc);
    expect(queue).toMatchObject({
      queue: "Billing outcome:abandoned",
      outcomes: [],
      channels: ["VOICE"],
    });
    const attr = parseSearch('attr:orderId="A-1 phone:+15551234567"', utc);
    expect(attr.attributes).toEqual([{ key: "orderId", value: "A-1 phone:+15551234567" }]);
    expect(attr.phone).toBeUndefined();
    // An escaped quote does not end the value early, so nothing after it is read as a filter.
    expect(refusal('agent:"x\\" said:y"').message).toMatch(/Bad search filter/);
  });

  it("takes several values with commas or bars", () => {
    expect(parseSearch("channel:voice|chat method:inbound,callback", utc)).toMatchObject({
      channels: ["VOICE", "CHAT"],
      methods: ["INBOUND", "CALLBACK"],
    });
  });

  it("defaults to the last hour and reads Slack's escapes and curly quotes", () => {
    const query = parseSearch("queue:“Sales &amp; Support”", utc);
    expect(query.queue).toBe("Sales & Support");
    expect([query.startMs, query.endMs]).toEqual([NOW - 3600_000, NOW]);
  });

  it("reads clock times and ISO date-times without an offset in the user's zone", () => {
    const tokyo = { nowMs: NOW, zone: "Asia/Tokyo" }; // 21:00 in Tokyo
    const query = parseSearch("since:20:00 until:20:30", tokyo);
    expect(query.startMs).toBe(Date.UTC(2024, 4, 1, 11, 0));
    expect(query.endMs).toBe(Date.UTC(2024, 4, 1, 11, 30));
    expect(parseSearch("since:2024-05-01T20:00", tokyo).startMs).toBe(Date.UTC(2024, 4, 1, 11, 0));
    expect(parseSearch("since:2024-05-01T10:00+02:00", tokyo).startMs).toBe(
      Date.UTC(2024, 4, 1, 8, 0),
    );
    expect(refusal("since:2024-05-01T20:00+02:00").reason).toContain("future");
  });

  it("takes yesterday's clock time when today's is still ahead", () => {
    expect(parseSearch("since:23:00", utc).startMs).toBe(Date.UTC(2024, 3, 30, 23, 0));
  });

  it.each([
    ["colour:red", "colour:red"],
    ["maybe", "maybe"],
    ["channel:fax", "channel:fax"],
    ["method:psychic", "method:psychic"],
    ["last:forever", "last:forever"],
    ["last:9w", "last:9w"],
    ["since:25:00", "since:25:00"],
    ["since:2024-02-30", "since:2024-02-30"],
    ["since:11:00 until:10:00", "until:10:00"],
    ["since:2022-01-01T00:00Z until:2022-01-02T00:00Z", "until:2022-01-02T00:00Z"],
    ["attr:orderId", "attr:orderId"],
    ["queue:a queue:b", "queue:b"],
    ["last:1h since:10:00", "last:1h"],
  ])("refuses %s, quoting %s", (text, filter) => {
    expect(refusal(text).filter).toBe(filter);
  });

  it("says why, in words", () => {
    expect(refusal("last:9w").reason).toContain("8 weeks");
    expect(refusal("since:2022-01-01T00:00Z until:2022-01-02T00:00Z").reason).toContain("2 years");
    expect(refusal("since:11:00 until:10:00").reason).toContain("not after");
  });

  it("audits the filters without attribute values", () => {
    const filters = auditFilters(parseSearch("queue:Billing attr:phone=+15550100 abandoned", utc));
    expect(filters).toContain("queue:Billing");
    expect(filters).toContain("attr:phone=*");
    expect(filters).not.toContain("15550100");
  });
});

describe("zoned time", () => {
  it("finds the instant of a wall-clock time across a daylight-saving change", () => {
    const wall = { year: 2024, month: 3, day: 31, hour: 3, minute: 30, second: 0 };
    expect(zonedToUtc(wall, "Europe/Berlin")).toBe(Date.UTC(2024, 2, 31, 1, 30));
    expect(zonedToUtc({ ...wall, month: 1 }, "Europe/Berlin")).toBe(Date.UTC(2024, 0, 31, 2, 30));
  });

  it("reads a clock time as the last time the user's clock showed it", () => {
    expect(lastClockTime(9, 0, "America/New_York", NOW)).toBe(
      Date.UTC(2024, 4, 1, 13, 0) - 24 * 3600_000,
    );
    expect(lastClockTime(7, 0, "America/New_York", NOW)).toBe(Date.UTC(2024, 4, 1, 11, 0));
  });
});
