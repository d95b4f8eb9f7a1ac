import { divider, type KnownBlock } from "./block-kit.js";
import { contactStatus, STATUS_WORDS } from "./contact-facts.js";
import { escapeMrkdwn } from "./escape.js";
import { fitMessage } from "./fit-message.js";
import { channelWords, initiationWords } from "./labels.js";
import type { ContactRecord, RenderOptions } from "./model.js";
import { renderSection } from "./sections/render-section.js";
import { renderSummary } from "./summary.js";
import { truncateEscaped } from "./truncate.js";

/** The notification / screen-reader fallback, e.g. "Voice contact 1b2c… — Inbound, ended". */
function notificationText(record: ContactRecord): string {
  const { contact } = record;
  const method = initiationWords(contact.InitiationMethod);
  const state = STATUS_WORDS[contactStatus(contact)];
  const id = typeof contact.Id === "string" ? ` ${contact.Id}` : "";
  const text = `${channelWords(contact.Channel)} contact${id} — ${method ? `${method}, ` : ""}${state}`;
  return truncateEscaped(escapeMrkdwn(text), 300);
}

/** A contact as a Slack message: the summary, then the open section if any. */
export function renderContactMessage(
  record: ContactRecord,
  options: RenderOptions,
): { text: string; blocks: KnownBlock[] } {
  const summary = renderSummary(record, options);
  const open = options.open ? [divider(), ...renderSection(options.open, record, options)] : [];
  return {
    text: notificationText(record),
    blocks: fitMessage([...summary, ...open]),
  };
}
