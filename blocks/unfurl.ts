import type { ContactRecord } from "../src/domain/contact-record.js";
import { contactStatus } from "../src/domain/contact-status.js";
import { findings } from "../src/domain/findings/findings.js";
import { context, type KnownBlock, section } from "./block-kit.js";
import {
  agentName,
  consoleLink,
  endpointText,
  headline,
  queueName,
  STATUS_WORDS,
  totalDuration,
} from "./contact-facts.js";
import { findingsLine } from "./findings-block.js";
import { around, code, date, enumText, join, md, trusted } from "./mrkdwn.js";
import { forAudience } from "./private-sections.js";
import type { RenderOptions } from "./render-options.js";

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
