import { describe, expect, it } from "vitest";
import {
  CONVERSATION_MORE_ACTION_ID,
  decodeTranscriptPage,
} from "../../../blocks/conversation-paging.js";
import {
  NOT_ANALYSED,
  NOT_ANALYSED_LIVE,
  renderConversationSection,
} from "../../../blocks/sections/conversation-section.js";
import { parseAnalysisFile } from "../../../src/conversation/parse-analysis-file.js";
import { parseChatSegments } from "../../../src/conversation/parse-segments.js";
import { voiceAnalysis } from "../../fixtures/contact-lens-files.js";
import { chatSegments } from "../../fixtures/contact-lens-segments.js";
import { skippedAnalysisFile } from "../../fixtures/contact-lens-variants.js";
import { CONTACT_IDS, INSTANCE_ID } from "../../fixtures/ids.js";
import { allText, buttonById } from "../support/inspect.js";

const ref = { instanceId: INSTANCE_ID, contactId: CONTACT_IDS.voiceInbound };
const OPTIONS = { maskEndpoints: true, ref };
const voice = (file = voiceAnalysis()) =>
  parseAnalysisFile(file, { contactId: ref.contactId, source: "s3://acme/Analysis/x.json" })!;
const chat = () =>
  parseChatSegments(chatSegments(), {
    contactId: CONTACT_IDS.chat,
    channel: "CHAT",
    source: "ListRealtimeContactAnalysisSegmentsV2",
    redacted: false,
    live: false,
  });

describe("Conversation section", () => {
  it("shows the summary, sentiment by quarter, categories with when, issues, talk and silence", () => {
    const text = allText(renderConversationSection(voice(), OPTIONS));
    expect(text).toContain("*Summary*\nThe customer wanted to cancel");
    expect(text).toContain("*Customer* +3.1 overall · −2.5 → +5 → +5 → +5 in the last quarter");
    expect(text).toContain("*Agent* 0 overall · 0 → −5 → 0 → +5 in the last quarter");
    expect(text).toContain("*Categories*: Cancellation at `00:07`");
    expect(text).toContain("*Issues detected*: `00:07` “I need to cancel.");
    expect(text).toContain("*Talk*: Customer 14s (47%) · Agent 15s (53%)");
    expect(text).toContain("*Silence*: 11% of 32s · longest 870 ms at `00:29`");
    expect(text).toContain("*Interruptions*: Customer 1× (4s)");
    expect(text).toContain("*Speed*: Customer 163 wpm · Agent 239 wpm");
    expect(text).toContain("From Contact Lens · `s3://acme/Analysis/x.json`");
  });

  it("quotes at most 8 turns as [mm:ss] Role: …, marking why, the last turns always", () => {
    const text = allText(renderConversationSection(voice(), OPTIONS));
    const turns = text.split("\n").filter((l) => l.includes("`["));
    expect(turns).toHaveLength(8);
    expect(turns).toContain(
      "🏷️ `[00:07]` Customer: I need to cancel. I want to cancel my plan subscription.",
    );
    expect(turns.at(-1)).toBe("`[00:30]` Customer: Thank you. Sir. Have a nice evening.");
  });

  it("says plainly why the summary is missing and what was skipped", () => {
    const text = allText(renderConversationSection(voice(skippedAnalysisFile()), OPTIONS));
    expect(text).toContain(
      "*Summary*: not generated — too little was said to summarise (`INSUFFICIENT_CONVERSATION_CONTENT`)",
    );
    expect(text).toContain("⏭️ Contact Lens skipped categorization (the quota was exceeded).");
    expect(text).toContain("From Contact Lens · redacted");
    expect(text).toContain("*Silence*: 50% of 1m 00s · longest 30s at `00:10`");
  });

  it("says when Contact Lens did not analyse the contact", () => {
    expect(allText(renderConversationSection(undefined, OPTIONS))).toContain(NOT_ANALYSED);
    expect(
      allText(renderConversationSection(undefined, { ...OPTIONS, inProgress: true })),
    ).toContain(NOT_ANALYSED_LIVE);
  });

  it("escapes hostile mrkdwn and masks phones and emails in what the customer wrote", () => {
    const text = allText(renderConversationSection(chat(), OPTIONS));
    expect(text).toContain("&lt;!channel&gt; *urgent* &lt;https://evil.example|click&gt;");
    expect(text).not.toContain("<!channel>");
    expect(text).not.toContain("415 555 0123");
    expect(text).not.toContain("jane.doe@example.com");
    expect(text).toContain("+1••••••0123");
    const unmasked = allText(
      renderConversationSection(chat(), { ...OPTIONS, maskEndpoints: false }),
    );
    expect(unmasked).toContain("+1 415 555 0123");
    expect(unmasked).not.toContain("<!channel>");
  });

  it("a chat without scores counts its negative turns; categories at their messages", () => {
    const text = allText(renderConversationSection(chat(), OPTIONS));
    expect(text).toContain("*Customer* 2 of 3 turns negative · the last negative");
    expect(text).toContain("*Categories*: Billing at `00:00` · Escalation at `00:45`");
    expect(text).toContain("*Issues detected*: `00:00` “charged twice”");
  });

  it("offers More transcript from page 1 when turns are left out, and says a live analysis is partial", () => {
    const blocks = renderConversationSection(voice(), OPTIONS);
    const more = buttonById(blocks, CONVERSATION_MORE_ACTION_ID);
    expect(more?.text.text).toBe("📜 More transcript (10 turns)");
    expect(decodeTranscriptPage(more?.value)).toEqual({ ...ref, page: 1 });
    const all = chat();
    expect(buttonById(renderConversationSection(all, OPTIONS), CONVERSATION_MORE_ACTION_ID)).toBe(
      undefined,
    );
    const live = allText(renderConversationSection({ ...all, live: true }, OPTIONS));
    expect(live.split("\n")[0]).toContain("🟢 Live");
  });

  it("a file read in part says so first", () => {
    const cut = { ...voice(), readBytes: { read: 8 * 1_048_576, size: 12 * 1_048_576 } };
    const first = allText(renderConversationSection(cut, OPTIONS)).split("\n")[0];
    expect(first).toContain("The analysis file is 12 MB, more than CONTACT_LENS_MAX_BYTES");
  });
});
