import type { ChainLeg, ContactRecord } from "../../src/domain/contact-record.js";
import { contactStatus } from "../../src/domain/contact-status.js";
import { listOf } from "../../src/domain/shape.js";
import { type KnownBlock, lineSections, remark } from "../block-kit.js";
import { agentName, endpointText, headline, queueName, totalDuration } from "../contact-facts.js";
import { code, date, join, type Mrkdwn, md, trusted } from "../mrkdwn.js";
import type { RenderOptions } from "../render-options.js";

const MAX_LEGS = 25;

const MISSING: Record<NonNullable<ChainLeg["missing"]>, string> = {
  not_found: "⚠ {id} — not found (older than the 24-month retention?)",
  cycle: "↺ {id} — cycle, stopped here",
  error: "⚠ {id} — could not be read",
};

function legText(leg: ChainLeg, index: number, current: string | undefined, mask: boolean): Mrkdwn {
  const id = code(leg.contactId, 100) ?? trusted("`?`");
  const record = leg.record;
  if (!record) {
    const kind = leg.missing ?? "error";
    return trusted(
      (Object.hasOwn(MISSING, kind) ? MISSING[kind] : MISSING.error).replace("{id}", id),
    );
  }
  const { contact } = record;
  const here = leg.contactId === current;
  const title = trusted(
    `${here ? "▶ " : ""}*${index + 1}. ${md(headline(contact), 100)}*${here ? " — this contact" : ""}`,
  );
  const took =
    contactStatus(contact) === "in_progress" ? trusted("in progress") : totalDuration(contact);
  const where = join([
    id,
    queueName(record),
    agentName(record),
    endpointText(contact.CustomerEndpoint, mask),
  ]);
  return join([title, where, join([date(contact.InitiationTimestamp), took])], "\n") ?? title;
}

/** The transfer chain, oldest leg first, with this contact marked. */
export function renderChainSection(record: ContactRecord, options: RenderOptions): KnownBlock[] {
  if (options.chain === undefined) return [remark("The transfer chain was not loaded.")];
  const legs = listOf(options.chain);
  if (legs.length === 0) return [remark("This contact was not transferred.")];
  // A cycle marker repeats a leg already listed, so it takes no number of its own.
  let number = 0;
  const lines = legs.slice(0, MAX_LEGS).map((leg) => {
    if (leg.missing !== "cycle") number += 1;
    return legText(leg, number - 1, record.contact.Id, options.maskEndpoints);
  });
  if (legs.length > MAX_LEGS) lines.push(trusted(`… and ${legs.length - MAX_LEGS} more legs`));
  return lineSections(lines, 10);
}
