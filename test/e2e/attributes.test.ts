import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { CONTACT_IDS, INSTANCE_ID } from "../fixtures/contacts.js";
import { buttonsOf, type Harness, nthAnswer, startHarness } from "./harness.js";
import { VOICE_ATTRIBUTES } from "./seed.js";
import { openSectionText } from "./surface-support.js";

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

  it("says so when a contact has no attributes", async () => {
    expect(await openAttributes(CONTACT_IDS.chat)).toContain("No user-defined attributes");
  });
});
