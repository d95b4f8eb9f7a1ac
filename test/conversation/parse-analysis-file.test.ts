import { describe, expect, it } from "vitest";
import { MAX_TURNS } from "../../src/conversation/keep-turns.js";
import { parseAnalysisFile } from "../../src/conversation/parse-analysis-file.js";
import { voiceAnalysis } from "../fixtures/contact-lens-files.js";
import { longCallAnalysis, skippedAnalysisFile } from "../fixtures/contact-lens-variants.js";

const META = { contactId: "c-1", source: "s3://bucket/key.json" };

describe("parseAnalysisFile", () => {
  it("reads the documentation's call: summary, sentiment, categories, talk, issues, turns by role", () => {
    const conversation = parseAnalysisFile(voiceAnalysis(), META)!;
    expect(conversation).toMatchObject({
      contactId: "c-1",
      channel: "VOICE",
      source: "s3://bucket/key.json",
      redacted: false,
      summary: { text: expect.stringContaining("20% discount") },
      categories: [{ name: "Cancellation", at: [7370] }],
      skipped: [],
      turnCount: 10,
    });
    expect(conversation.sentiment).toEqual({
      overall: [
        { role: "AGENT", value: 0 },
        { role: "CUSTOMER", value: 3.1 },
      ],
      quarters: [
        { role: "AGENT", scores: [0, -5, 0, 5] },
        { role: "CUSTOMER", scores: [-2.5, 5, 5, 5] },
      ],
    });
    expect(conversation.talk).toEqual({
      durationMs: 32110,
      talk: [
        { role: "AGENT", value: 15079 },
        { role: "CUSTOMER", value: 13619 },
      ],
      nonTalkMs: 3412,
      longestSilence: { at: 29710, ms: 870 },
      interruptions: [{ role: "CUSTOMER", count: 1, ms: 3790 }],
      wordsPerMinute: [
        { role: "AGENT", value: 239 },
        { role: "CUSTOMER", value: 163 },
      ],
    });
    expect(conversation.turns[3]).toEqual({
      n: 3,
      at: 7370,
      role: "CUSTOMER",
      text: "I need to cancel. I want to cancel my plan subscription.",
      sentiment: "NEGATIVE",
      issue: "I need to cancel. I want to cancel my plan subscription",
    });
  });

  it("says a redacted file is redacted, and keeps its [PII] marks", () => {
    const conversation = parseAnalysisFile(voiceAnalysis(true), META)!;
    expect(conversation.redacted).toBe(true);
    expect(conversation.turns[1]?.text).toBe("Just hello. My name is [PII] and help.");
  });

  it("tells the summary's failure from the other skipped analysis; participants named by role", () => {
    const conversation = parseAnalysisFile(skippedAnalysisFile(), META)!;
    expect(conversation.summary).toEqual({ failure: "INSUFFICIENT_CONVERSATION_CONTENT" });
    expect(conversation.skipped).toEqual([{ feature: "CATEGORIZATION", reason: "QUOTA_EXCEEDED" }]);
    expect(conversation.categories).toEqual([]);
    expect(conversation.sentiment?.quarters).toEqual([
      { role: "CUSTOMER", scores: [0, 0, -1, -3.5] },
    ]);
    expect(conversation.turns.map((t) => t.role)).toEqual(["CUSTOMER", "AGENT"]);
  });

  it("keeps a long call's first and last turns and the telling ones in between", () => {
    const conversation = parseAnalysisFile(longCallAnalysis(2000), META)!;
    expect(conversation.turnCount).toBe(2000);
    expect(conversation.turns.length).toBeLessThanOrEqual(MAX_TURNS);
    const kept = conversation.turns.map((t) => t.n);
    expect(kept.slice(0, 3)).toEqual([0, 1, 2]);
    expect(kept.at(-1)).toBe(1999);
    expect(kept).toContain(1000);
    expect(kept).toContain(1995);
    expect(conversation.turns.find((t) => t.n === 1995)?.issue).toBe("Turn 19");
    expect(Math.max(...conversation.turns.map((t) => t.text.length))).toBeLessThanOrEqual(400);
  });

  it("is not fooled by other JSON or prototype keys", () => {
    expect(parseAnalysisFile({ events: [] }, META)).toBeUndefined();
    expect(parseAnalysisFile([], META)).toBeUndefined();
    const odd = JSON.parse(
      '{"Transcript":[{"Content":"hi","ParticipantId":"__proto__","BeginOffsetMillis":5}],"Categories":{"MatchedDetails":{"__proto__":{}}}}',
    );
    const conversation = parseAnalysisFile(odd, META)!;
    expect(conversation.turns).toEqual([{ n: 0, at: 5, role: "__proto__", text: "hi" }]);
    expect(conversation.categories).toEqual([{ name: "__proto__", at: [] }]);
  });
});
