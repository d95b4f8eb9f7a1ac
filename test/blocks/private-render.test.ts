import { describe, expect, it } from "vitest";
import { SECTIONS, sectionActionId } from "../../blocks/action-ids.js";
import type { KnownBlock } from "../../blocks/block-kit.js";
import { decodeButtonState } from "../../blocks/button-state.js";
import { renderContactMessage } from "../../blocks/contact-message.js";
import { isPrivateSection, PRIVATE_SECTIONS } from "../../blocks/private-sections.js";
import type { RenderOptions } from "../../blocks/render-options.js";
import { renderSectionMessage } from "../../blocks/section-message.js";
import { renderSection } from "../../blocks/sections/render-section.js";
import { renderUnfurl } from "../../blocks/unfurl.js";
import type { FlowPath } from "../../src/domain/flow-path.js";
import { CONTACT_IDS, resolvedRecordOf, VOICE_INBOUND } from "../fixtures/contacts.js";
import { allText, buttons } from "./support/inspect.js";

const record = resolvedRecordOf(VOICE_INBOUND);
const PRIVATE_DATA = {
  callback: "(415) 555-0199",
  card: "card 4111 1111 1111 1111 exp 12/29",
  contact: "write to jane.customer@example.com",
  orderId: "A-10042",
  startedAt: "1733565600000",
};
const FLOW: FlowPath = {
  contactId: CONTACT_IDS.voiceInbound,
  logGroup: "/aws/connect/example",
  names: {},
  steps: [
    {
      at: "2024-05-01T10:00:05Z",
      blockType: "SetAttributes",
      parameters: { Key: "callback", Value: "+44 20 7946 0958 or 4111-1111-1111-1111" },
    },
  ],
};
const SHOWN: RenderOptions = { maskEndpoints: false, attributes: PRIVATE_DATA, flowPath: FLOW };

const sectionText = (id: "attributes" | "flow", options: RenderOptions) =>
  allText(renderSection(id, record, options) as KnownBlock[]);

describe("free text in sections", () => {
  it("masks phones, cards and emails in attribute values, keeping ids and epochs", () => {
    const text = sectionText("attributes", { ...SHOWN, maskEndpoints: true });
    expect(text).toContain("4•••••0199");
    expect(text).toContain("card ••••1111 exp 12/29");
    expect(text).toContain("j•••@example.com");
    expect(text).toContain("A-10042");
    expect(text).toContain("1733565600000");
    expect(text).not.toMatch(/555-0199|4111 1111|jane\.customer/);
  });

  it("masks card numbers even with MASK_CUSTOMER_ENDPOINTS=false, in attributes and flow logs", () => {
    const attributes = sectionText("attributes", SHOWN);
    expect(attributes).toContain("(415) 555-0199");
    expect(attributes).not.toContain("4111 1111");
    const flow = sectionText("flow", SHOWN);
    expect(flow).toContain("+44 20 7946 0958");
    expect(flow).not.toContain("4111-1111");
    expect(sectionText("flow", { ...SHOWN, maskEndpoints: true })).not.toContain("7946 0958");
  });

  it("masks what a summary's findings quote of a failed flow block", () => {
    const failed = {
      ...FLOW.steps[0]!,
      blockType: "CheckAttribute",
      failure: "Card 4111111111111111",
    };
    const path = { ...FLOW, steps: [failed] };
    const text = allText(renderContactMessage(record, { ...SHOWN, flowPath: path }).blocks);
    expect(text).toContain("(card ••••1111)");
    expect(text).not.toContain("4111111111111111");
  });

  it("masks a contact's name in the summary", () => {
    const named = { ...record, contact: { ...record.contact, Name: "Refund 4111111111111111" } };
    const { blocks } = renderContactMessage(named, { maskEndpoints: false });
    expect(allText(blocks)).toContain("Refund ••••1111");
    expect(allText(blocks)).not.toContain("4111111111111111");
  });
});

describe("public messages", () => {
  const publicly = (options: Partial<RenderOptions>) =>
    renderContactMessage(record, { ...SHOWN, audience: "public", ...options });

  it("never show a private section open, whatever was asked", () => {
    for (const open of SECTIONS.filter(isPrivateSection)) {
      const text = allText(publicly({ open }).blocks);
      expect(text, open).not.toContain("A-10042");
      expect(text, open).not.toContain("Set contact attributes");
      expect(text, open).not.toContain("*Endpoints*");
      expect(text, open).not.toContain("*Chain*");
    }
    expect(allText(publicly({ open: "agent" }).blocks)).toContain("*Agent*");
  });

  it("mask the customer's endpoint even with MASK_CUSTOMER_ENDPOINTS=false, unfurls too", () => {
    for (const blocks of [publicly({}).blocks, renderUnfurl(record, SHOWN)]) {
      expect(allText(blocks)).toContain("+1••••••0123");
      expect(allText(blocks)).not.toContain("+15550100123");
    }
  });

  it("mark their buttons public and lock the private sections' ones", () => {
    const all = buttons(publicly({}).blocks);
    for (const id of SECTIONS) {
      const button = all.find((b) => b.action_id === sectionActionId(id));
      expect(decodeButtonState(button?.value)?.p, id).toBe("1");
      expect(button?.text.text.startsWith("🔒"), id).toBe(isPrivateSection(id));
    }
    const asked = buttons(renderContactMessage(record, SHOWN).blocks);
    expect(asked.every((b) => decodeButtonState(b.value)?.p === undefined)).toBe(true);
  });

  it("keep customer data in the sections declared private", () => {
    expect(PRIVATE_SECTIONS).toMatchObject({
      attributes: "private",
      flow: "private",
      details: "private",
      agent: "in place",
      queue: "in place",
      routing: "in place",
      quality: "in place",
      conversation: "apart",
    });
  });
});

describe("renderSectionMessage", () => {
  it("is the section alone under a header naming the section and the contact", () => {
    const { text, blocks } = renderSectionMessage("attributes", record, SHOWN);
    expect(blocks[0]).toMatchObject({ type: "header" });
    expect(allText(blocks.slice(0, 1))).toContain("Attributes · 📞 Voice · Inbound");
    expect(allText(blocks.slice(1, 2))).toContain(CONTACT_IDS.voiceInbound);
    expect(allText(blocks.slice(1, 2))).toContain("Only you can see this");
    expect(allText(blocks)).toContain("A-10042");
    expect(allText(blocks)).not.toContain("4111 1111");
    expect(text).toContain(CONTACT_IDS.voiceInbound);
    expect(buttons(blocks)).toEqual([]);
  });
});
