import type { Contact } from "@aws-sdk/client-connect";

/** What a reader wants to know first, derived from the timestamps. */
export type ContactStatus = "in_progress" | "abandoned" | "ended";

export function contactStatus(contact: Contact): ContactStatus {
  if (!contact.DisconnectTimestamp) return "in_progress";
  const enqueued = contact.QueueInfo?.EnqueueTimestamp;
  return enqueued && !contact.AgentInfo?.ConnectedToAgentTimestamp ? "abandoned" : "ended";
}
