import { describe, expect, it } from "vitest";
import { type KnownBlock, section } from "../../blocks/block-kit.js";
import { fitMessage, fits, TRUNCATION_NOTE } from "../../blocks/fit-message.js";
import { trusted } from "../../blocks/mrkdwn.js";
import { LIMITS } from "../../src/domain/truncate.js";
import { allText } from "./support/inspect.js";

const summary: KnownBlock[] = [section(trusted("*Summary*"))];
const big = (n: number, chars: number) =>
  Array.from({ length: n }, (_, i) => section(trusted(`${i}:${"x".repeat(chars)}`)));

describe("fitMessage", () => {
  it("leaves a message that fits alone", () => {
    const blocks = [...summary, ...big(3, 100)];
    expect(fitMessage(blocks)).toEqual(blocks);
  });

  it("cuts blocks last-first to stay within 12,000 characters, with a note", () => {
    const fitted = fitMessage([...summary, ...big(10, 2900)]);
    expect(fits(fitted)).toBe(true);
    expect(JSON.stringify(fitted).length).toBeLessThanOrEqual(LIMITS.messageChars);
    expect(fitted[0]).toEqual(summary[0]);
    expect(allText(fitted)).toContain(TRUNCATION_NOTE);
    expect(allText(fitted)).toContain("0:xxx");
  });

  it("keeps a shortened part of the last block that does not fit whole", () => {
    const fitted = fitMessage([...summary, ...big(5, 2900)]);
    const texts = allText(fitted);
    expect(texts).toMatch(/3:x+…/);
  });

  it("stays within 50 blocks", () => {
    const fitted = fitMessage([...summary, ...big(80, 10)]);
    expect(fitted).toHaveLength(LIMITS.blocks);
    expect(allText(fitted.slice(-1))).toContain(TRUNCATION_NOTE);
  });
});
