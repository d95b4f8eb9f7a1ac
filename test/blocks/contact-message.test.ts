import type { Contact } from "@aws-sdk/client-connect";
import { describe, expect, it } from "vitest";
import { ACTION_IDS, SECTIONS, sectionActionId } from "../../blocks/action-ids.js";
import { decodeButtonState } from "../../blocks/button-state.js";
import { renderContactMessage } from "../../blocks/contact-message.js";
import type { RenderOptions } from "../../blocks/render-options.js";
import {
  ABANDONED_IN_QUEUE,
  at,
  CHAIN,
  CHAT,
  CONSOLE_BASE_URL,
  CONTACT_IDS,
  CONTACTS,
  EMAIL,
  IN_PROGRESS,
  INSTANCE_ID,
  MINIMAL,
  recordOf,
  resolvedRecordOf,
  TASK,
  VOICE_INBOUND,
} from "../fixtures/contacts.js";
import { allText, buttonById, buttons, textObjects } from "./support/inspect.js";

// A fixed "now", so the in-progress contact's findings do not depend on the day the test runs.
const MASKED: RenderOptions = { maskEndpoints: true, now: at(1800) };
const SHARE = { channel: "C0123ABC", threadTs: "1714557600.000100" };

const render = (contact: Contact, options: RenderOptions = MASKED) =>
  renderContactMessage(resolvedRecordOf(contact), options);

describe("renderContactMessage summary", () => {
  it("names channel, initiation method and id in the header and the fallback text", () => {
    const { text, blocks } = render(VOICE_INBOUND);
    expect(blocks[0]).toEqual({
      type: "header",
      text: {
        type: "plain_text",
        text: `📞 Voice · Inbound · ${CONTACT_IDS.voiceInbound}`,
        emoji: true,
      },
    });
    expect(text).toMatch(
      new RegExp(
        `^Voice contact ${CONTACT_IDS.voiceInbound} — Inbound, ended\\. What stands out: `,
      ),
    );
    expect(render(CHAT).blocks[0]).toMatchObject({
      text: { text: `💬 Chat · API · ${CONTACT_IDS.chat}` },
    });
    expect(render(TASK).text).toContain("Task contact");
    expect(render(EMAIL).blocks[0]).toMatchObject({
      text: { text: expect.stringContaining("✉️ Email") },
    });
  });

  it("shows when it happened as date tokens, with durations", () => {
    const text = allText(render(VOICE_INBOUND).blocks);
    expect(text).toContain(
      "*Initiated*\n<!date^1714557600^{date_short_pretty} {time_secs}|2024-05-01T10:00:00Z>",
    );
    expect(text).toContain("*Connected to agent*\n<!date^1714557882^");
    expect(text).toContain("*Disconnected*\n<!date^1714558800^");
    expect(text).toContain("*Time in queue*\n4m 12s");
    expect(text).toContain("*With agent*\n15m 18s");
    expect(text).toContain("*Total*\n20m 00s");
  });

  it("shows queue and agent by name, falling back to ids", () => {
    expect(allText(render(VOICE_INBOUND).blocks)).toMatch(
      /\*Queue\*\nBilling[\s\S]*\*Agent\*\nJane Doe/,
    );
    const unresolved = allText(renderContactMessage(recordOf(VOICE_INBOUND), MASKED).blocks);
    expect(unresolved).toContain(`*Queue*\n\`${VOICE_INBOUND.QueueInfo?.Id}\``);
    expect(unresolved).toContain(`*Agent*\n\`${VOICE_INBOUND.AgentInfo?.Id}\``);
    const usernameOnly = recordOf(VOICE_INBOUND, { agent: { username: "jdoe" } });
    expect(allText(renderContactMessage(usernameOnly, MASKED).blocks)).toContain("*Agent*\njdoe");
  });

  it("masks the customer's phone number and email only when asked", () => {
    const masked = allText(render(VOICE_INBOUND).blocks);
    expect(masked).toContain("*Customer*\n+1••••••0123 · Phone");
    expect(masked).not.toContain("+15550100123");
    expect(masked).toContain("*System*\n+18005550199 · Phone");
    expect(allText(render(VOICE_INBOUND, { maskEndpoints: false }).blocks)).toContain(
      "+15550100123",
    );
    expect(allText(render(EMAIL).blocks)).toContain("j•••@example.com");
    expect(allText(render(EMAIL).blocks)).not.toContain("jane.customer");
  });

  it("says an abandoned contact was abandoned in queue", () => {
    const { text, blocks } = render(ABANDONED_IN_QUEUE);
    expect(text).toContain("abandoned in queue");
    expect(allText(blocks)).toContain("*Time in queue*\n1m 30s — abandoned");
    expect(allText(blocks)).toContain("*Agent*\nNone — abandoned in queue");
  });

  it("says a contact without DisconnectTimestamp is in progress", () => {
    const { text, blocks } = render(IN_PROGRESS);
    expect(text).toContain("in progress");
    expect(allText(blocks)).toContain("*Status*\n🟢 In progress");
    expect(allText(blocks)).not.toContain("Disconnected");
    expect(allText(blocks)).not.toContain("*Total*");
  });

  it("shows the disconnect reason in words and the task's name", () => {
    expect(allText(render(VOICE_INBOUND).blocks)).toContain(
      "*Disconnect reason*\nCustomer disconnected",
    );
    expect(allText(render(TASK).blocks)).toContain("*Name*\nCall back about invoice 4711");
  });

  it("leaves out what the contact does not have", () => {
    for (const contact of Object.values(CONTACTS)) {
      const { text, blocks } = render(contact);
      const all = `${text}\n${allText(blocks)}`;
      expect(all).not.toMatch(/undefined|null|NaN|Invalid Date/);
      for (const { text: field } of textObjects(blocks)) {
        expect(field.trim()).not.toBe("");
        expect(field).not.toMatch(/\*\n?$|: $/);
      }
    }
    const minimal = allText(render(MINIMAL).blocks);
    expect(minimal).not.toMatch(/\*(Queue|Agent|Customer|System|Disconnected|Time in queue)\*/);
  });
});

describe("renderContactMessage buttons", () => {
  it("offers every section with a decodable state, the open one styled primary", () => {
    const { blocks } = render(VOICE_INBOUND, { ...MASKED, open: "queue" });
    for (const section of SECTIONS) {
      const button = buttonById(blocks, sectionActionId(section));
      expect(decodeButtonState(button?.value)).toEqual({
        i: INSTANCE_ID,
        c: CONTACT_IDS.voiceInbound,
        o: "queue",
      });
      expect(button?.style).toBe(section === "queue" ? "primary" : undefined);
    }
  });

  it("links to the console when its address is known", () => {
    const console = buttonById(render(VOICE_INBOUND).blocks, ACTION_IDS.console);
    expect(console?.url).toBe(
      `${CONSOLE_BASE_URL}/contact-trace-records/details/${CONTACT_IDS.voiceInbound}`,
    );
    expect(
      buttonById(renderContactMessage(recordOf(VOICE_INBOUND), MASKED).blocks, ACTION_IDS.console),
    ).toBeUndefined();
  });

  it("offers Share in thread only for a private answer, and every state carries the target", () => {
    expect(buttonById(render(VOICE_INBOUND).blocks, ACTION_IDS.share)).toBeUndefined();
    const { blocks } = render(VOICE_INBOUND, { ...MASKED, shareTo: SHARE });
    const expected = {
      i: INSTANCE_ID,
      c: CONTACT_IDS.voiceInbound,
      s: "C0123ABC/1714557600.000100",
    };
    expect(decodeButtonState(buttonById(blocks, ACTION_IDS.share)?.value)).toEqual(expected);
    expect(decodeButtonState(buttonById(blocks, sectionActionId("agent"))?.value)).toEqual(
      expected,
    );
  });

  it("offers each distinct related contact with its own action id", () => {
    const last = render(CHAIN[2]).blocks;
    expect(decodeButtonState(buttonById(last, "contact_related_previous")?.value)).toEqual({
      i: INSTANCE_ID,
      c: CONTACT_IDS.chainTransfer,
    });
    expect(decodeButtonState(buttonById(last, "contact_related_initial")?.value)?.c).toBe(
      CONTACT_IDS.chainInitial,
    );
    // The second leg's previous contact is also its initial one: one button, not two.
    const second = buttons(render(CHAIN[1]).blocks).filter((b) =>
      b.action_id?.startsWith(ACTION_IDS.related),
    );
    expect(second.map((b) => b.action_id)).toEqual(["contact_related_previous"]);
    // A contact whose InitialContactId is itself gets no related button.
    expect(
      buttons(render(VOICE_INBOUND).blocks).some((b) =>
        b.action_id?.startsWith(ACTION_IDS.related),
      ),
    ).toBe(false);
    expect(
      decodeButtonState(buttonById(render(TASK).blocks, "contact_related_related")?.value)?.c,
    ).toBe(CONTACT_IDS.voiceInbound);
  });

  it("keeps action ids unique and actions blocks within 25 elements", () => {
    const { blocks } = render(CHAIN[2], { ...MASKED, shareTo: SHARE, open: "agent" });
    const ids = buttons(blocks).map((b) => b.action_id);
    expect(new Set(ids).size).toBe(ids.length);
    // Every section, the timeline, 2 related contacts, share and the console link.
    expect(ids).toHaveLength(SECTIONS.length + 1 + 2 + 2);
    for (const block of blocks)
      if (block.type === "actions") expect(block.elements.length).toBeLessThanOrEqual(25);
  });

  it("offers the Timeline on every summary, carrying the summary's state", () => {
    for (const contact of [VOICE_INBOUND, TASK, CHAIN[2]]) {
      const { blocks } = render(contact, { ...MASKED, shareTo: SHARE, open: "queue" });
      const state = decodeButtonState(buttonById(blocks, "contact_timeline")?.value);
      expect(state).toEqual({
        i: INSTANCE_ID,
        c: contact.Id,
        o: "queue",
        s: `${SHARE.channel}/${SHARE.threadTs}`,
      });
    }
  });

  it("leaves out stateful buttons when the ids could not be decoded back", () => {
    const odd = renderContactMessage(recordOf({ ...MINIMAL, Id: "not-a-uuid" }), MASKED).blocks;
    expect(buttons(odd)).toEqual([]);
  });
});

describe("renderContactMessage snapshots", () => {
  it.each(Object.entries(CONTACTS))("%s", (_name, contact) => {
    expect(render(contact, { ...MASKED, shareTo: SHARE })).toMatchSnapshot();
  });

  it.each(SECTIONS)("voice inbound with %s open", (open) => {
    const record = resolvedRecordOf(VOICE_INBOUND);
    const chain = [{ contactId: CONTACT_IDS.voiceInbound, record }];
    expect(
      renderContactMessage(record, { ...MASKED, open, chain, attributes: { tier: "Gold" } }),
    ).toMatchSnapshot();
  });
});
