import type { ContactRecord } from "../src/domain/contact-record.js";
import { contactStatus } from "../src/domain/contact-status.js";
import type { Finding } from "../src/domain/findings/finding.js";
import { contactMask, maskedValue } from "../src/domain/masking/free-text-mask.js";
import { context, type Field, fieldSections, header, type KnownBlock } from "./block-kit.js";
import {
  agentDuration,
  agentName,
  endpointText,
  headline,
  queueDuration,
  queueName,
  totalDuration,
} from "./contact-facts.js";
import { findingsBlocks } from "./findings-block.js";
import { around, code, date, enumText, join, md, trusted } from "./mrkdwn.js";
import type { RenderOptions } from "./render-options.js";
import { summaryActions } from "./summary-actions.js";

const SUMMARY_VALUE_MAX = 300;

function whenFields(record: ContactRecord): Field[] {
  const { contact } = record;
  const status = contactStatus(contact);
  const inQueue = queueDuration(contact);
  const stillQueued =
    status === "in_progress" &&
    contact.QueueInfo?.EnqueueTimestamp &&
    !contact.AgentInfo?.ConnectedToAgentTimestamp;
  return [
    ["Initiated", date(contact.InitiationTimestamp)],
    ["Connected to system", date(contact.ConnectedToSystemTimestamp)],
    ["Enqueued", date(contact.QueueInfo?.EnqueueTimestamp)],
    ["Connected to agent", date(contact.AgentInfo?.ConnectedToAgentTimestamp)],
    status === "in_progress"
      ? ["Status", trusted("🟢 In progress")]
      : ["Disconnected", date(contact.DisconnectTimestamp)],
    [
      "Time in queue",
      status === "abandoned"
        ? around("", inQueue, " — abandoned")
        : stillQueued
          ? trusted("Still waiting")
          : inQueue,
    ],
    ["With agent", agentDuration(contact)],
    ["Total", totalDuration(contact)],
  ];
}

function whoFields(record: ContactRecord, options: RenderOptions): Field[] {
  const { contact } = record;
  const abandoned = contactStatus(contact) === "abandoned";
  return [
    [
      "Name",
      md(
        maskedValue(contact.Name, contactMask(record, options), SUMMARY_VALUE_MAX),
        SUMMARY_VALUE_MAX,
      ),
    ],
    ["Queue", queueName(record)],
    ["Agent", agentName(record) ?? (abandoned ? trusted("None — abandoned in queue") : undefined)],
    ["Customer", endpointText(contact.CustomerEndpoint, options.maskEndpoints)],
    ["System", endpointText(contact.SystemEndpoint, false)],
    ["Disconnect reason", enumText(contact.DisconnectReason, SUMMARY_VALUE_MAX)],
  ];
}

/** Ids a reader may want to copy; related ones only when they differ from this contact's. */
function idsContext(record: ContactRecord): KnownBlock[] {
  const { contact } = record;
  const other = (label: string, id: string | undefined) =>
    id && id !== contact.Id ? around(`${label} `, code(id, 100)) : undefined;
  return context([
    join([
      around("Contact ", code(contact.Id, 100)),
      md(record.region, 50),
      other("Previous", contact.PreviousContactId),
      other("Initial", contact.InitialContactId),
      other("Related", contact.RelatedContactId),
    ]),
  ]);
}

/**
 * The summary every contact message starts with: header, what stands out, when, who/where, ids
 * and buttons.
 */
export function renderSummary(
  record: ContactRecord,
  options: RenderOptions,
  found: readonly Finding[],
): KnownBlock[] {
  const id = typeof record.contact.Id === "string" ? record.contact.Id : "(no id)";
  return [
    header(`${headline(record.contact)} · ${id}`),
    ...findingsBlocks(found, record.contact),
    ...fieldSections(whenFields(record)),
    ...fieldSections(whoFields(record, options)),
    ...idsContext(record),
    ...summaryActions(record, options),
  ];
}
