import { context, type KnownBlock, section } from "./block-kit.js";
import {
  agentName,
  consoleLink,
  contactStatus,
  endpointText,
  headline,
  queueName,
  STATUS_WORDS,
  totalDuration,
} from "./contact-facts.js";
import { findings } from "./findings/findings.js";
import { findingsLine } from "./findings/findings-block.js";
import type { ContactRecord, RenderOptions } from "./model.js";
import { around, code, date, enumText, join, md, trusted } from "./mrkdwn.js";
import { forAudience } from "./private-sections.js";

/**
 * A compact summary for chat.unfurl: one section (its last line the top finding) and a context
 * line, no buttons. Everyone in the channel reads an unfurl, so it renders as a public message.
 */
export function renderUnfurl(record: ContactRecord, asked: RenderOptions): KnownBlock[] {
  const options = forAudience({ ...asked, audience: "public" });
  const { contact } = record;
  const title = trusted(
    `*${md(headline(contact), 100)}* — ${STATUS_WORDS[contactStatus(contact)]}`,
  );
  const body = join(
    [
      title,
      join([
        queueName(record),
        agentName(record),
        endpointText(contact.CustomerEndpoint, options.maskEndpoints),
      ]),
      join([
        around("Initiated ", date(contact.InitiationTimestamp)),
        totalDuration(contact),
        enumText(contact.DisconnectReason, 200),
      ]),
      findingsLine(findings(record, options), contact),
    ],
    "\n",
  );
  const footer = context([join([code(contact.Id, 100), consoleLink(record)])]);
  return [section(body ?? title), ...footer];
}
