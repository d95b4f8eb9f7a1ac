import type { ContactRecord } from "../../src/domain/contact-record.js";
import { contactStatus } from "../../src/domain/contact-status.js";
import { type Field, fieldSections, type KnownBlock, remark } from "../block-kit.js";
import { queueDuration } from "../contact-facts.js";
import { around, code, date, type Mrkdwn, md, num, trusted } from "../mrkdwn.js";

function waitText(record: ContactRecord): Mrkdwn | undefined {
  const { contact } = record;
  const wait = queueDuration(contact);
  if (contact.AgentInfo?.ConnectedToAgentTimestamp) return around("", wait, ", then answered");
  const status = contactStatus(contact);
  if (status === "abandoned") return around("", wait, ", then abandoned") ?? trusted("Abandoned");
  return status === "in_progress" ? trusted("Still waiting") : undefined;
}

export function renderQueueSection(record: ContactRecord): KnownBlock[] {
  const { contact } = record;
  const queue = contact.QueueInfo;
  if (!queue && !record.queueName) return [remark("This contact was not queued.")];
  const fields: Field[] = [
    ["Queue", md(record.queueName)],
    ["Queue id", code(queue?.Id)],
    ["Enqueued", date(queue?.EnqueueTimestamp)],
    ["Time in queue", waitText(record)],
    ["Priority", num(contact.QueuePriority)],
    ["Time adjustment", around("", num(contact.QueueTimeAdjustmentSeconds), " s")],
  ];
  return fieldSections(fields);
}
