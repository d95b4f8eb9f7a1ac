import type { ContactRecord } from "../src/domain/contact-record.js";
import { contactStatus } from "../src/domain/contact-status.js";
import type { Finding } from "../src/domain/findings/finding.js";
import { findings } from "../src/domain/findings/findings.js";
import { channelWords, initiationWords } from "../src/domain/labels.js";
import { truncateEscaped } from "../src/domain/truncate.js";
import { divider, type KnownBlock } from "./block-kit.js";
import { STATUS_WORDS } from "./contact-facts.js";
import { escapeMrkdwn } from "./escape.js";
import { findingsText } from "./findings-block.js";
import { fitMessage } from "./fit-message.js";
import { forAudience } from "./private-sections.js";
import type { RenderOptions } from "./render-options.js";
import { renderSection } from "./sections/render-section.js";
import { renderSummary } from "./summary.js";

/**
 * The notification / screen-reader fallback, e.g. "Voice contact 1b2c… — Inbound, ended", then
 * the findings in plain words.
 */
function notificationText(record: ContactRecord, found: readonly Finding[]): string {
  const { contact } = record;
  const method = initiationWords(contact.InitiationMethod);
  const state = STATUS_WORDS[contactStatus(contact)];
  const id = typeof contact.Id === "string" ? ` ${contact.Id}` : "";
  const text = `${channelWords(contact.Channel)} contact${id} — ${method ? `${method}, ` : ""}${state}`;
  const standsOut = findingsText(found, contact);
  const head = truncateEscaped(escapeMrkdwn(text), 300);
  return standsOut ? truncateEscaped(`${head}. ${standsOut}`, 1000) : head;
}

/** A contact as a Slack message: the summary, then the open section if any. */
export function renderContactMessage(
  record: ContactRecord,
  asked: RenderOptions,
): { text: string; blocks: KnownBlock[] } {
  const options = forAudience(asked);
  const found = findings(record, options);
  const summary = renderSummary(record, options, found);
  const open = options.open ? [divider(), ...renderSection(options.open, record, options)] : [];
  return {
    text: notificationText(record, found),
    blocks: fitMessage([...summary, ...open]),
  };
}
