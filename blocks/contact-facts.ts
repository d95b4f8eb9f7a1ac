import type { Contact, EndpointInfo } from "@aws-sdk/client-connect";
import type { ContactRecord } from "../src/domain/contact-record.js";
import type { ContactStatus } from "../src/domain/contact-status.js";
import { channelEmoji, channelWords, initiationWords } from "../src/domain/labels.js";
import { maskEndpoint } from "../src/domain/masking/mask.js";
import { LIMITS } from "../src/domain/truncate.js";
import { escapeMrkdwn } from "./escape.js";
import { code, duration, enumText, join, type Mrkdwn, md, trusted } from "./mrkdwn.js";

export const STATUS_WORDS: Record<ContactStatus, string> = {
  in_progress: "in progress",
  abandoned: "abandoned in queue",
  ended: "ended",
};

/** "📞 Voice · Inbound" (plain text). */
export function headline(contact: Contact): string {
  const method = initiationWords(contact.InitiationMethod);
  const channel = `${channelEmoji(contact.Channel)} ${channelWords(contact.Channel)}`;
  return method ? `${channel} · ${method}` : channel;
}

/** Time in queue: until an agent answered, or until the customer gave up. */
export function queueDuration(contact: Contact): Mrkdwn | undefined {
  const end = contact.AgentInfo?.ConnectedToAgentTimestamp ?? contact.DisconnectTimestamp;
  return duration(contact.QueueInfo?.EnqueueTimestamp, end);
}

export function agentDuration(contact: Contact): Mrkdwn | undefined {
  return duration(contact.AgentInfo?.ConnectedToAgentTimestamp, contact.DisconnectTimestamp);
}

export function totalDuration(contact: Contact): Mrkdwn | undefined {
  return duration(contact.InitiationTimestamp, contact.DisconnectTimestamp);
}

export function queueName(record: ContactRecord): Mrkdwn | undefined {
  return md(record.queueName) ?? code(record.contact.QueueInfo?.Id);
}

export function agentName(record: ContactRecord): Mrkdwn | undefined {
  const names = record.agent;
  return md(names?.name) ?? md(names?.username) ?? code(record.contact.AgentInfo?.Id);
}

/** "+1••••••0123 · Phone"; `mask` hides the customer's address. */
export function endpointText(info: EndpointInfo | undefined, mask: boolean): Mrkdwn | undefined {
  const address = typeof info?.Address === "string" ? info.Address : undefined;
  const shown = address !== undefined && mask ? maskEndpoint(address, info?.Type) : address;
  return join([md(shown), enumText(info?.Type)]);
}

/** The Amazon Connect console page of the contact, when the console's address is known. */
export function consoleUrl(record: ContactRecord): string | undefined {
  const base = record.consoleBaseUrl;
  const id = record.contact.Id;
  if (!base || !id || !/^https?:\/\/[^\s<>|]+$/.test(base)) return undefined;
  const url = `${base}/contact-trace-records/details/${encodeURIComponent(id)}`;
  return url.length <= LIMITS.buttonUrl ? url : undefined;
}

/** The console link as mrkdwn; consoleUrl admits no "<", ">" or "|", so only "&" needs escaping. */
export function consoleLink(
  record: ContactRecord,
  label = "Open in Amazon Connect",
): Mrkdwn | undefined {
  const url = consoleUrl(record);
  return url === undefined ? undefined : trusted(`<${escapeMrkdwn(url)}|${label}>`);
}
