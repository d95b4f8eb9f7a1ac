import { describe, expect, it } from "vitest";
import {
  CONVERSATION_MORE_ACTION_ID,
  decodeTranscriptPage,
  encodeTranscriptPage,
} from "../../../blocks/conversation-paging.js";
import { renderConversationSection } from "../../../blocks/sections/conversation-section.js";
import { renderTranscriptPage } from "../../../blocks/sections/transcript-page.js";
import { parseAnalysisFile } from "../../../src/conversation/parse-analysis-file.js";
import type { Conversation } from "../../../src/domain/conversation.js";
import { overLimits } from "../../e2e/block-kit-limits.js";
import { longCallAnalysis } from "../../fixtures/contact-lens-variants.js";
import { CONTACT_IDS, INSTANCE_ID } from "../../fixtures/ids.js";
import { allText, buttonById } from "../support/inspect.js";

const ref = { instanceId: INSTANCE_ID, contactId: CONTACT_IDS.voiceInbound };
const OPTIONS = { maskEndpoints: true, ref };
const long = () =>
  parseAnalysisFile(longCallAnalysis(2000), { contactId: ref.contactId, source: "s3://a/b" })!;

const turnLines = (text: string) => text.split("\n").filter((l) => l.startsWith("`["));

describe("transcript pages", () => {
  it("shows 20 turns a page and a button to the next one", () => {
    const blocks = renderTranscriptPage(long(), 1, OPTIONS);
    const text = allText(blocks);
    expect(text).toContain("*Transcript* · turns 1–20 of 2000");
    expect(turnLines(text)).toHaveLength(20);
    expect(turnLines(text)[0]).toMatch(/^`\[00:00\]` Customer: Turn 0: /);
    const next = buttonById(blocks, CONVERSATION_MORE_ACTION_ID);
    expect(decodeTranscriptPage(next?.value)).toEqual({ ...ref, page: 2 });
  });

  it("says where turns were not kept, and ends without a button", () => {
    const conversation = long();
    const pages = Math.ceil(conversation.turns.length / 20);
    const middle = allText(renderTranscriptPage(conversation, 8, OPTIONS));
    expect(middle).toContain("_… 850 turns not kept …_");
    const last = renderTranscriptPage(conversation, pages, OPTIONS);
    expect(allText(last)).toContain("Turn 1999");
    expect(buttonById(last, CONVERSATION_MORE_ACTION_ID)).toBeUndefined();
    expect(allText(renderTranscriptPage(conversation, pages + 1, OPTIONS))).toContain(
      "There is no more transcript.",
    );
  });

  it("stays within Block Kit's limits with hostile, long text everywhere", () => {
    const amp = "&<>".repeat(200);
    const base = long();
    const hostile: Conversation = {
      ...base,
      summary: { text: amp.repeat(10) },
      categories: Array.from({ length: 30 }, (_, i) => ({
        name: `${amp}${i}`,
        at: [1, 2, 3, 4, 5].map((n) => n * 60_000),
      })),
      turns: base.turns.map((t) => ({ ...t, text: amp, issue: amp, sentiment: "NEGATIVE" })),
      skipped: Array.from({ length: 20 }, () => ({ feature: amp, reason: amp })),
    };
    const section = renderConversationSection(hostile, OPTIONS);
    const page = renderTranscriptPage(hostile, 3, OPTIONS);
    for (const blocks of [section, page]) {
      expect(overLimits({ blocks })).toEqual([]);
      expect(JSON.stringify(blocks).length).toBeLessThanOrEqual(12_000);
    }
    // Nothing the reader came for is cut: all 8 excerpts, all 20 turns of the page.
    expect(allText(section).match(/`\[/g)).toHaveLength(8);
    expect(turnLines(allText(page))).toHaveLength(20);
  });
});

describe("transcript page references", () => {
  it("round-trips and refuses forged or odd values", () => {
    const value = encodeTranscriptPage({ ...ref, page: 3 });
    expect(decodeTranscriptPage(value)).toEqual({ ...ref, page: 3 });
    expect(encodeTranscriptPage({ ...ref, contactId: "not-an-id", page: 1 })).toBeUndefined();
    for (const forged of [
      "",
      "[]",
      JSON.stringify({ i: ref.instanceId, c: ref.contactId, p: 0 }),
      JSON.stringify({ i: ref.instanceId, c: ref.contactId, p: 1.5 }),
      JSON.stringify({ i: ref.instanceId, c: ref.contactId, p: "2" }),
      JSON.stringify({ i: ref.instanceId, c: ref.contactId, p: 2, x: 1 }),
      JSON.stringify({ i: ref.instanceId, c: "<!channel>", p: 2 }),
    ]) {
      expect(decodeTranscriptPage(forged)).toBeUndefined();
    }
  });
});
