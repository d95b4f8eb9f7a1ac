import type { Contact } from "@aws-sdk/client-connect";
import { describe, expect, it } from "vitest";
import { SECTION_ACTION_ID, sectionActionId } from "../../blocks/action-ids.js";
import { decodeButtonState, sectionFromActionId } from "../../blocks/button-state.js";
import { renderContactMessage } from "../../blocks/contact-message.js";
import { CONVERSATION_MORE_ACTION_ID } from "../../blocks/conversation-paging.js";
import { trusted } from "../../blocks/mrkdwn.js";
import { openFor, PRIVATE_SECTIONS } from "../../blocks/private-sections.js";
import { renderSectionMessage } from "../../blocks/section-message.js";
import { NOT_ANALYSED } from "../../blocks/sections/conversation-section.js";
import { renderTranscriptMessage } from "../../blocks/transcript-message.js";
import { parseAnalysisFile } from "../../src/conversation/parse-analysis-file.js";
import { voiceAnalysis } from "../fixtures/contact-lens-files.js";
import {
  ABANDONED_IN_QUEUE,
  CHAT,
  CONTACT_IDS,
  EMAIL,
  IN_PROGRESS,
  resolvedRecordOf,
  TASK,
  VOICE_INBOUND,
} from "../fixtures/contacts.js";
import { allText, buttonById } from "./support/inspect.js";

const record = resolvedRecordOf(VOICE_INBOUND);
const conversation = parseAnalysisFile(voiceAnalysis(), {
  contactId: CONTACT_IDS.voiceInbound,
  source: "s3://acme/Analysis/Voice/x.json",
})!;
const conversationButton = (contact: Contact, audience?: "public") =>
  buttonById(
    renderContactMessage(resolvedRecordOf(contact), { maskEndpoints: true, audience }).blocks,
    "conversation",
  );

describe("the Conversation button", () => {
  it("has the action id `conversation`, and `contact_section_conversation` reads as it too", () => {
    expect(sectionActionId("conversation")).toBe("conversation");
    expect(sectionFromActionId("conversation")).toBe("conversation");
    expect(sectionFromActionId("contact_section_conversation")).toBe("conversation");
    expect(SECTION_ACTION_ID.test("conversation")).toBe(true);
    expect(SECTION_ACTION_ID.test(CONVERSATION_MORE_ACTION_ID)).toBe(false);
    expect(sectionActionId("agent")).toBe("contact_section_agent");
  });

  it("is offered on calls an agent answered, calls in progress and chats only", () => {
    expect(conversationButton(VOICE_INBOUND)?.text.text).toBe("Conversation");
    expect(conversationButton(CHAT)).toBeDefined();
    expect(conversationButton(IN_PROGRESS)).toBeDefined();
    for (const contact of [ABANDONED_IN_QUEUE, EMAIL, TASK]) {
      expect(conversationButton(contact), contact.Channel).toBeUndefined();
    }
  });

  it("says with a lock on a public message that it opens apart", () => {
    const button = conversationButton(VOICE_INBOUND, "public");
    expect(button?.text.text).toBe("🔒 Conversation");
    expect(decodeButtonState(button?.value)?.p).toBe("1");
  });
});

describe("the Conversation section", () => {
  it("always opens apart: no summary holds it, private or public, whatever was asked", () => {
    expect(PRIVATE_SECTIONS.conversation).toBe("apart");
    for (const audience of [undefined, "private", "public"] as const) {
      expect(openFor(audience, "conversation")).toBeUndefined();
      const { blocks } = renderContactMessage(record, {
        maskEndpoints: true,
        audience,
        open: "conversation",
        conversation,
      });
      expect(allText(blocks), audience).not.toContain("The customer wanted to cancel");
      expect(decodeButtonState(buttonById(blocks, "conversation")?.value)?.o).toBeUndefined();
    }
    expect(openFor(undefined, "conversation", true)).toBe("conversation");
    expect(openFor("public", "conversation", true)).toBeUndefined();
  });

  it("opens alone under a header naming the contact, for the one who clicked", () => {
    const { text, blocks } = renderSectionMessage("conversation", record, {
      maskEndpoints: true,
      conversation,
    });
    expect(text).toContain("Conversation of contact");
    expect(allText(blocks.slice(0, 2))).toContain("🔒 Only you can see this");
    expect(allText(blocks)).toContain("The customer wanted to cancel");
    expect(buttonById(blocks, CONVERSATION_MORE_ACTION_ID)).toBeDefined();
  });

  it("says plainly when there is no analysis, or what kept it from being read", () => {
    const none = renderSectionMessage("conversation", record, { maskEndpoints: true });
    expect(allText(none.blocks)).toContain(NOT_ANALYSED);
    const denied = renderSectionMessage("conversation", record, {
      maskEndpoints: true,
      conversationProblem: trusted("I am not allowed to call `s3:ListBucket`."),
    });
    expect(allText(denied.blocks)).toContain("⚠️ I am not allowed to call `s3:ListBucket`.");
  });
});

describe("a More transcript page", () => {
  it("is the page alone under a header naming the contact", () => {
    const { text, blocks } = renderTranscriptMessage(record, conversation, 1, true);
    expect(text).toContain("Transcript of contact");
    expect(allText(blocks)).toContain("*Transcript* · turns 1–");
    expect(allText(blocks)).toContain("🔒 Only you can see this");
  });

  it("says when Contact Lens no longer has the analysis", () => {
    const { blocks } = renderTranscriptMessage(record, undefined, 2, true);
    expect(allText(blocks)).toContain(NOT_ANALYSED);
  });
});
