import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { CONTACT_IDS, INSTANCE_ID } from "../fixtures/contacts.js";
import { answersTo, buttonsOf, type Harness, nthAnswer, startHarness, textOf } from "./harness.js";
import { VOICE_ATTRIBUTES } from "./seed.js";
import { clickOnPost, freshTs, openSectionText, settle } from "./surface-support.js";

const LONG = "x".repeat(5000);

let h: Harness;
beforeAll(async () => {
  // Case-insensitive names and `*` globs, as flows are written by many hands.
  h = await startHarness({ env: { ATTRIBUTE_DENYLIST: "CARDNUMBER, ssn*" } });
  h.connect.putAttributes(INSTANCE_ID, CONTACT_IDS.voiceInbound, {
    ...VOICE_ATTRIBUTES,
    ssnLast4: "6789",
    note: "<!channel> call back *now* <https://evil.example|click>",
    "<@U999>": "mention in a name",
    transcript: LONG,
    callback: "call +44 20 7946 0958 or (415) 555-0123",
    cardOnFile: "4111-1111-1111-1111",
    email: "jane.customer@example.com",
  });
});
afterAll(async () => {
  await h?.stop();
});

async function openAttributes(contactId: string): Promise<string> {
  const { responseUrl } = await h.command(contactId);
  const summary = await nthAnswer(h, responseUrl);
  const value = buttonsOf(summary).get("contact_section_attributes")?.value;
  expect(value).toBeTruthy();
  const clicked = await h.click({
    actionId: "contact_section_attributes",
    value,
    isEphemeral: true,
  });
  return openSectionText(await nthAnswer(h, clicked.responseUrl));
}

describe("attributes section", () => {
  it("shows the contact's attributes but never deny-listed ones", async () => {
    const section = await openAttributes(CONTACT_IDS.voiceInbound);
    expect(section).toContain("orderId");
    expect(section).toContain(VOICE_ATTRIBUTES.orderId);
    expect(section).toContain(VOICE_ATTRIBUTES.lang);
    expect(section).not.toMatch(/cardNumber/i);
    expect(section).not.toContain(VOICE_ATTRIBUTES.cardNumber);
    expect(section).not.toContain("ssnLast4");
    expect(section).not.toContain("6789");
  });

  it("escapes hostile names and values and truncates long ones", async () => {
    const section = await openAttributes(CONTACT_IDS.voiceInbound);
    expect(section).toContain("&lt;!channel&gt;");
    expect(section).not.toContain("<!channel>");
    expect(section).not.toContain("<https://evil.example|click>");
    expect(section).not.toContain("<@U999>");
    expect(section).toContain("transcript");
    expect(section).not.toContain(LONG);
    expect(section).toContain("…");
  });

  it("masks phone numbers, card numbers and emails inside the values", async () => {
    const section = await openAttributes(CONTACT_IDS.voiceInbound);
    expect(section).toContain("call +4•••••••0958 or 4•••••0123");
    expect(section).toContain("••••1111");
    expect(section).toContain("j•••@example.com");
    expect(section).not.toMatch(/7946|555-0123|4111-1111|jane\.customer/);
  });

  it("says so when a contact has no attributes", async () => {
    expect(await openAttributes(CONTACT_IDS.chat)).toContain("No user-defined attributes");
  });
});

describe("attributes of a shared summary", () => {
  const CHANNEL = "CSUPPORT";

  it("open privately from a channel message even when its button lacks the public mark", async () => {
    const { responseUrl } = await h.command(CONTACT_IDS.voiceInbound);
    const summary = await nthAnswer(h, responseUrl);
    const post = { args: { ...summary, channel: CHANNEL } };
    const clicked = await clickOnPost(h, post, "contact_section_attributes", freshTs());
    const answer = await nthAnswer(h, clicked.responseUrl);
    expect(answer).toMatchObject({ response_type: "ephemeral", replace_original: false });
    expect(textOf(answer)).toContain("Only you can see this");
  });

  it("stay out of the thread and open for the clicker only", async () => {
    const ts = freshTs();
    const message = { ts, user: "U42", text: CONTACT_IDS.voiceInbound };
    const { responseUrl } = await h.shortcut({ channelId: CHANNEL, message });
    const summary = await nthAnswer(h, responseUrl);
    const opened = await h.click({
      actionId: "contact_section_attributes",
      value: buttonsOf(summary).get("contact_section_attributes")?.value,
      isEphemeral: true,
      channelId: CHANNEL,
    });
    const open = await nthAnswer(h, opened.responseUrl);
    expect(openSectionText(open)).toContain(VOICE_ATTRIBUTES.orderId);
    await h.click({
      actionId: "contact_share",
      value: buttonsOf(open).get("contact_share")?.value,
      isEphemeral: true,
      channelId: CHANNEL,
    });
    const post = await h.slack.waitFor(() => h.slack.postsTo(CHANNEL).at(-1));
    expect(textOf(post.args)).not.toContain(VOICE_ATTRIBUTES.orderId);
    expect(textOf(post.args)).toContain("🔒 Attributes");
    const updates = () => h.slack.calls.filter((c) => c.method === "chat.update").length;
    const before = updates();
    const clicked = await clickOnPost(h, post, "contact_section_attributes", ts);
    const answer = await nthAnswer(h, clicked.responseUrl);
    expect(answer).toMatchObject({ response_type: "ephemeral", replace_original: false });
    expect(textOf(answer)).toContain(VOICE_ATTRIBUTES.orderId);
    await settle();
    expect(updates()).toBe(before);
    expect(answersTo(h.slack, clicked.responseUrl)).toHaveLength(1);
  });
});
