import type { ContactRecord } from "../src/domain/contact-record.js";
import type { SectionId } from "./action-ids.js";
import { context, header, type KnownBlock } from "./block-kit.js";
import { headline } from "./contact-facts.js";
import { escapeMrkdwn } from "./escape.js";
import { fitMessage } from "./fit-message.js";
import { code, date, join, trusted } from "./mrkdwn.js";
import type { RenderOptions } from "./render-options.js";
import { renderSectionBody, SECTION_TITLES } from "./sections/render-section.js";

/**
 * `body` for the one person who asked: a header naming what it is and the contact, so it reads
 * without the summary it came from (on a phone, the summary may be screens away).
 */
export function privateMessage(
  title: string,
  record: ContactRecord,
  body: KnownBlock[],
): { text: string; blocks: KnownBlock[] } {
  const { contact } = record;
  const id = typeof contact.Id === "string" ? contact.Id : "(no id)";
  const about = context([
    join([code(id, 100), date(contact.InitiationTimestamp), trusted("🔒 Only you can see this")]),
  ]);
  return {
    text: `${title} of contact ${escapeMrkdwn(id.slice(0, 100))} — only you can see this`,
    blocks: fitMessage([header(`${title} · ${headline(contact)}`), ...about, ...body]),
  };
}

/**
 * One section on its own, for the one person who clicked it on a public message (or who opened a
 * section that always opens apart): see privateMessage.
 */
export function renderSectionMessage(
  section: SectionId,
  record: ContactRecord,
  options: RenderOptions,
): { text: string; blocks: KnownBlock[] } {
  const open = { ...options, audience: "private" as const, open: section };
  return privateMessage(SECTION_TITLES[section], record, renderSectionBody(section, record, open));
}
