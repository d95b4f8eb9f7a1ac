import { describe, expect, it } from "vitest";
import { decodeJson, encodeJson } from "../../src/cache/json-codec.js";

describe("json-codec", () => {
  it("round-trips Dates to the millisecond, however deep", () => {
    const value = {
      at: new Date("2025-03-01T10:00:00.123Z"),
      nested: { list: [new Date(0), { when: new Date(1_700_000_000_001) }] },
      text: "2025-03-01T10:00:00.123Z",
      n: 1,
      none: null,
    };
    const decoded = decodeJson<typeof value>(encodeJson(value));
    expect(decoded).toEqual(value);
    expect(decoded!.at).toBeInstanceOf(Date);
    expect(decoded!.at.getTime()).toBe(value.at.getTime());
    expect(decoded!.text).toBe(value.text);
  });

  it("leaves look-alike objects alone", () => {
    const value = { a: { $date: 5, other: true }, b: { $date: "5" } };
    expect(decodeJson(encodeJson(value))).toEqual(value);
  });

  it("treats missing or undecodable text as a miss", () => {
    expect(decodeJson(undefined)).toBeUndefined();
    expect(decodeJson("{not json")).toBeUndefined();
    expect(decodeJson("")).toBeUndefined();
  });
});
