import type { Contact } from "@aws-sdk/client-connect";
import { beforeAll, describe, expect, it } from "vitest";
import { voiceAnalysis } from "../fixtures/contact-lens-files.js";
import { chatSegments, HOSTILE_TEXT } from "../fixtures/contact-lens-segments.js";
import { longCallAnalysis, unhappyEndAnalysis } from "../fixtures/contact-lens-variants.js";
import { CHAIN, CONTACT_IDS, CONTACTS, INSTANCE_ID } from "../fixtures/contacts.js";
import { answersTo, buttonsOf, nthAnswer, textOf, useHarness } from "./harness.js";
import { putVoiceAnalysis } from "./seed-contact-lens.js";
import {
  ALERT_CHANNEL,
  alertEnv,
  alertMessage,
  clickOnPost,
  freshTs,
  settle,
  waitForPosts,
} from "./surface-support.js";
import { auditLines } from "./surfaces.js";

const h = useHarness({
  env: alertEnv("conversation:", {
    FINDING_CATEGORIES: "Cancellation",
    FINDING_SILENCE_PERCENT: "5",
  }),
});

/** Copies of the fixtures' answered calls under ids of their own: each test's cache is its own. */
const call = (n: number, like: Contact = CONTACTS.voiceInbound): Contact => ({
  ...like,
  Id: `c0a1c0a1-0000-4000-8000-${String(n).padStart(12, "0")}`,
});
const LONG = call(1);
const DENIED = call(2);
/** A transfer leg, which nothing else makes stand out. */
const UNHAPPY = call(3, CHAIN[1]);
const PUBLIC = call(4);

beforeAll(() => {
  for (const contact of [LONG, DENIED, UNHAPPY, PUBLIC]) h.connect.putContact(INSTANCE_ID, contact);
  putVoiceAnalysis(h.s3, CONTACTS.voiceInbound, voiceAnalysis());
  putVoiceAnalysis(h.s3, CONTACTS.voiceInbound, voiceAnalysis(true), true);
  putVoiceAnalysis(h.s3, LONG, longCallAnalysis(70));
  putVoiceAnalysis(h.s3, DENIED, voiceAnalysis(true), true);
  putVoiceAnalysis(h.s3, UNHAPPY, unhappyEndAnalysis(), true);
  putVoiceAnalysis(h.s3, PUBLIC, voiceAnalysis(true), true);
  h.connect.putAnalysisSegmentsV2(INSTANCE_ID, CONTACT_IDS.chat, {
    channel: "CHAT",
    status: "COMPLETED",
    segments: chatSegments(),
  });
});

async function summaryOf(contactId: string) {
  const { responseUrl } = await h.command(contactId);
  return nthAnswer(h, responseUrl);
}

/** Clicks Conversation on the contact's private summary; the answer it got. */
async function openConversation(contactId: string, actionId = "conversation") {
  const value = buttonsOf(await summaryOf(contactId)).get("conversation")?.value;
  expect(value).toBeTruthy();
  const clicked = await h.click({ actionId, value, isEphemeral: true });
  const answer = await nthAnswer(h, clicked.responseUrl);
  return { answer, responseUrl: clicked.responseUrl };
}

describe("the Conversation section", () => {
  it("answers a call from its redacted analysis file, privately, beside the summary", async () => {
    const { answer, responseUrl } = await openConversation(CONTACT_IDS.voiceInbound);
    const text = textOf(answer);
    expect(answer).toMatchObject({ response_type: "ephemeral", replace_original: false });
    expect(text).toContain("Conversation · 📞 Voice · Inbound");
    expect(text).toContain("🔒 Only you can see this");
    expect(text).toContain("The customer wanted to cancel");
    expect(text).toContain("*Customer* +3.1 overall");
    expect(text).toContain("Cancellation at `00:07`");
    expect(text).toContain("Customer: I need to cancel.");
    expect(text).toContain("[PII]");
    expect(text).not.toContain("Peter");
    expect(text).toContain("From Contact Lens · redacted");
    expect(text).toContain("Analysis/Voice/Redacted/2024/05/01/");
    expect(answersTo(h.slack, responseUrl)).toHaveLength(1);
    expect(h.slack.calls.filter((c) => c.method === "chat.update")).toHaveLength(0);
  });

  it("answers a chat from its real-time segments (V2), hostile text escaped and masked", async () => {
    const { answer } = await openConversation(CONTACT_IDS.chat, "contact_section_conversation");
    const text = textOf(answer);
    expect(text).toContain("Conversation · 💬 Chat");
    expect(text).toContain("the agent refunded the duplicate charge");
    expect(text).toContain("Billing");
    expect(text).toContain("&lt;!channel&gt;");
    expect(text).toContain("&lt;https://evil.example|click&gt;");
    expect(text).not.toContain("<!channel>");
    expect(text).not.toContain(HOSTILE_TEXT.slice(0, 20));
    expect(text).toContain("••••1111");
    expect(text).not.toMatch(/4111 1111 1111 1111|555 0123|jane\.doe@/);
    expect(text).toContain("ListRealtimeContactAnalysisSegmentsV2");
  });

  it("says so when Contact Lens did not analyse the contact", async () => {
    const { answer } = await openConversation(CHAIN[0].Id ?? "");
    expect(textOf(answer)).toContain("Contact Lens did not analyse this contact.");
    expect(h.s3.count("ListObjectsV2")).toBeGreaterThan(0);
  });

  it("is offered on calls and chats only", async () => {
    expect(buttonsOf(await summaryOf(CONTACT_IDS.email)).has("conversation")).toBe(false);
    expect(buttonsOf(await summaryOf(CONTACT_IDS.abandoned)).has("conversation")).toBe(false);
  });

  it("pages the rest of the transcript privately, 20 turns a page", async () => {
    const { answer } = await openConversation(LONG.Id ?? "");
    expect(textOf(answer)).toContain("More transcript (70 turns)");
    const pages: string[] = [];
    let value = buttonsOf(answer).get("conversation_more")?.value;
    while (value) {
      const clicked = await h.click({ actionId: "conversation_more", value, isEphemeral: true });
      const page = await nthAnswer(h, clicked.responseUrl);
      expect(page).toMatchObject({ response_type: "ephemeral", replace_original: false });
      pages.push(textOf(page));
      value = buttonsOf(page).get("conversation_more")?.value;
    }
    expect(pages).toHaveLength(4);
    expect(pages[0]).toContain("*Transcript* · turns 1–20 of 70");
    expect(pages[0]).toContain("Turn 0:");
    expect(pages[1]).toContain("turns 21–40 of 70");
    expect(pages[3]).toContain("turns 61–70 of 70");
    expect(pages[3]).toContain("Turn 69:");
    // The pages come from the cached analysis: the file was read once, for the section.
    expect(h.s3.count("GetObject")).toBe(1);
    expect(h.slack.calls.filter((c) => c.method === "chat.update")).toHaveLength(0);
  });

  it("names the refused action when S3 denies it, and the rest of the summary still works", async () => {
    h.s3.deny("ListObjectsV2");
    const id = DENIED.Id ?? "";
    const { answer } = await openConversation(id);
    expect(textOf(answer)).toContain("s3:ListBucket");
    expect(textOf(answer)).toContain("Conversation · 📞 Voice");
    const summary = await summaryOf(id);
    expect(textOf(summary)).toContain("Voice · Inbound");
    const agent = await h.click({
      actionId: "contact_section_agent",
      value: buttonsOf(summary).get("contact_section_agent")?.value,
      isEphemeral: true,
    });
    expect(textOf(await nthAnswer(h, agent.responseUrl))).toContain("*Agent*");
  });

  it("is audited and counted like every section opened", async () => {
    const id = UNHAPPY.Id ?? "";
    const before = auditLines(h, id, "action").length;
    await openConversation(id);
    expect(auditLines(h, id, "action").length - before).toBe(1);
    const metrics = await (await fetch(`${h.baseUrl}/metrics`)).text();
    expect(metrics).toContain('ccb_s3_calls_total{operation="GetObject",outcome="ok"}');
  });

  it("adds what stands out to the summary once the analysis is cached, never reading it", async () => {
    const id = UNHAPPY.Id ?? "";
    await openConversation(id);
    h.s3.reset();
    const text = textOf(await summaryOf(id));
    expect(text).toContain("Customer sentiment *−3* in the last quarter of the call");
    expect(text).toContain("Contact Lens category *Cancellation* at 00:07");
    expect(text).toMatch(/Silence for \*1\d%\* of the call/);
    expect(h.s3.count()).toBe(0);
    const untouched = textOf(await summaryOf(CONTACT_IDS.chainTransfer));
    expect(untouched).not.toContain("Contact Lens");
    expect(h.s3.count()).toBe(0);
  });
});

describe("the Conversation section on an alert-thread summary", () => {
  it("opens privately for the clicker and never updates the public message", async () => {
    const ts = freshTs();
    await h.event(alertMessage(ts, `see ${PUBLIC.Id}`));
    const [post] = await waitForPosts(h, ts, 1);
    expect(post?.args.channel).toBe(ALERT_CHANNEL);
    expect(textOf(post?.args)).toContain("🔒 Conversation");
    expect(textOf(post?.args)).not.toContain("The customer wanted to cancel");
    const clicked = await clickOnPost(h, post, "conversation", ts);
    const answer = await nthAnswer(h, clicked.responseUrl);
    expect(answer).toMatchObject({ response_type: "ephemeral", replace_original: false });
    expect(textOf(answer)).toContain("The customer wanted to cancel");
    await settle();
    expect(h.slack.calls.filter((c) => c.method === "chat.update")).toHaveLength(0);
    expect(answersTo(h.slack, clicked.responseUrl)).toHaveLength(1);
  });
});
