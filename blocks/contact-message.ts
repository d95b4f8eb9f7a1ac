import { divider, type KnownBlock } from "./block-kit.js";
import { contactStatus, STATUS_WORDS } from "./contact-facts.js";
import { escapeMrkdwn } from "./escape.js";
import type { Finding } from "./findings/finding.js";
import { findings } from "./findings/findings.js";
import { findingsText } from "./findings/findings-block.js";
import { fitMessage } from "./fit-message.js";
import { channelWords, initiationWords } from "./labels.js";
import type { ContactRecord, RenderOptions } from "./model.js";
import { forAudience } from "./private-sections.js";
import { renderSection } from "./sections/render-section.js";
import { renderSummary } from "./summary.js";
import { truncateEscaped } from "./truncate.js";

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
