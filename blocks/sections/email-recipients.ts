import type { Contact, EmailRecipient } from "@aws-sdk/client-connect";
import { maskEndpoint } from "../../src/domain/masking/mask.js";
import { listOf } from "../../src/domain/shape.js";
import { type KnownBlock, titledLines } from "../block-kit.js";
import { join, line, type Mrkdwn, md, trusted } from "../mrkdwn.js";

const MAX_RECIPIENTS = 20;

/**
 * "Refund desk <r•••@example.com>", as a mail client writes it: the name as written (escaped), the
 * address masked like the customer's when `mask` is on.
 */
function mailbox(recipient: EmailRecipient, mask: boolean): Mrkdwn | undefined {
  const address = typeof recipient.Address === "string" ? recipient.Address : undefined;
  const shown = md(address && mask ? maskEndpoint(address, "EMAIL_ADDRESS") : address, 200);
  const name = md(recipient.DisplayName, 100);
  if (!shown) return name;
  return name ? trusted(`${name} &lt;${shown}&gt;`) : shown;
}

function recipientsText(list: EmailRecipient[] | undefined, mask: boolean): Mrkdwn | undefined {
  const all = listOf(list);
  const rest = all.length - MAX_RECIPIENTS;
  return join(
    [
      ...all.slice(0, MAX_RECIPIENTS).map((recipient) => mailbox(recipient, mask)),
      rest > 0 ? trusted(`and ${rest} more`) : undefined,
    ],
    ", ",
  );
}

/** An email contact's additional To and Cc recipients (AdditionalEmailRecipients). */
export function emailRecipientBlocks(contact: Contact, mask: boolean): KnownBlock[] {
  const recipients = contact.AdditionalEmailRecipients;
  return titledLines("Email recipients", [
    line("To", recipientsText(recipients?.ToList, mask)),
    line("Cc", recipientsText(recipients?.CcList, mask)),
  ]);
}
