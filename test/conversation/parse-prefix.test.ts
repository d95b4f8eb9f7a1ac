import { describe, expect, it } from "vitest";
import { parsePrefix } from "../../src/conversation/parse-prefix.js";
import { longCallAnalysis } from "../fixtures/contact-lens-variants.js";

describe("parsePrefix", () => {
  it("parses complete JSON as it is", () => {
    expect(parsePrefix('{"a":[1,2],"b":"x"}')).toEqual({
      value: { a: [1, 2], b: "x" },
      complete: true,
    });
  });

  it.each([
    ['{"a":1,"b":[1,2', { a: 1, b: [1] }],
    ['{"a":1,"b":[1,22', { a: 1, b: [1] }],
    ['{"a":1,"b":"unfinished', { a: 1 }],
    ['{"a":1,"b"', { a: 1 }],
    ['{"a":1,"b":', { a: 1 }],
    ['{"a":{"x":[{"t":"say \\"hi\\""},{"t":"cut', { a: { x: [{ t: 'say "hi"' }] } }],
    ['{"a":true,"b":nul', { a: true }],
    ['{"s":"a}b]c{","t":[', { s: "a}b]c{", t: [] }],
    ["[1, 2, {", [1, 2]],
    ['{"a":[[1,2],[3', { a: [[1, 2]] }],
  ])("keeps the complete values of %s", (text, value) => {
    expect(parsePrefix(text)).toEqual({ value, complete: false });
  });

  it("gives up on text that is not JSON", () => {
    expect(parsePrefix("not json")).toBeUndefined();
    expect(parsePrefix('{"a":1]')).toBeUndefined();
    expect(parsePrefix("")).toBeUndefined();
  });

  it("keeps everything before a long call's transcript, and the turns read in full", () => {
    const text = JSON.stringify(longCallAnalysis(3000));
    const cut = text.slice(0, Math.floor(text.length / 3));
    const parsed = parsePrefix(cut);
    const value = parsed?.value as {
      ConversationCharacteristics?: unknown;
      Transcript?: unknown[];
    };
    expect(parsed?.complete).toBe(false);
    expect(value.ConversationCharacteristics).toEqual(
      longCallAnalysis(1).ConversationCharacteristics,
    );
    const turns = value.Transcript ?? [];
    expect(turns.length).toBeGreaterThan(100);
    expect(turns.length).toBeLessThan(3000);
    expect(turns.at(-1)).toEqual(
      (longCallAnalysis(3000).Transcript as unknown[])[turns.length - 1],
    );
  });
});
