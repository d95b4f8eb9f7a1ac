import { describe, expect, it } from "vitest";
import { parseCallSegments, parseChatSegments } from "../../src/conversation/parse-segments.js";
import { callSegments, chatSegments, HOSTILE_TEXT } from "../fixtures/contact-lens-segments.js";

const meta = (channel: string, live: boolean) => ({
  contactId: "c-1",
  channel,
  source: "real-time analysis",
  redacted: false,
  live,
});

describe("real-time segments", () => {
  it("a chat: turns timed from its first message, issues and categories on their messages, the summary", () => {
    const conversation = parseChatSegments(chatSegments(), meta("CHAT", false));
    expect(conversation.summary).toEqual({
      text: "The customer was charged twice; the agent refunded the duplicate charge.",
    });
    expect(conversation.categories).toEqual([
      { name: "Billing", at: [0] },
      { name: "Escalation", at: [45_000] },
    ]);
    expect(conversation.turns.map((t) => [t.n, t.at, t.role, t.issue])).toEqual([
      [0, 0, "CUSTOMER", "charged twice"],
      [1, 20_000, "AGENT", undefined],
      [2, 45_000, "CUSTOMER", undefined],
      [3, 130_000, "AGENT", undefined],
      [4, 150_000, "CUSTOMER", undefined],
    ]);
    expect(conversation.turns[4]?.text).toBe(HOSTILE_TEXT);
    expect(conversation.turnCount).toBe(5);
  });

  it("a call in progress: offsets, the issue's words, categories merged by name", () => {
    const conversation = parseCallSegments(
      [...callSegments(), ...callSegments().slice(2, 3)],
      meta("VOICE", true),
    );
    expect(conversation.live).toBe(true);
    expect(conversation.categories).toEqual([{ name: "Cancellation", at: [2000] }]);
    expect(conversation.turns[1]).toMatchObject({
      at: 2000,
      role: "CUSTOMER",
      sentiment: "NEGATIVE",
      issue: "close my account today",
    });
    expect(conversation.summary).toBeUndefined();
  });

  it("a failed summary says its code", () => {
    const conversation = parseCallSegments(
      [{ PostContactSummary: { Status: "FAILED", FailureCode: "QUOTA_EXCEEDED" } }],
      meta("VOICE", false),
    );
    expect(conversation.summary).toEqual({ failure: "QUOTA_EXCEEDED" });
    expect(conversation.turns).toEqual([]);
  });
});
