import type { ContactSearchSummary } from "../connect-model.js";
import type { ContactMoments } from "../outcomes.js";

/** A search summary as the list needs it: small, JSON-safe (kept in the cache between pages). */
export interface FoundContact extends ContactMoments {
  instanceId: string;
  id: string;
  channel?: string;
  previousId?: string;
  startMs?: number;
  queueId?: string;
  agentId?: string;
}

const ms = (date: Date | undefined) => (date instanceof Date ? date.getTime() : undefined);

export function foundContact(
  instanceId: string,
  s: ContactSearchSummary,
): FoundContact | undefined {
  if (!s.Id) return undefined;
  return {
    instanceId,
    id: s.Id,
    channel: s.Channel,
    method: s.InitiationMethod,
    previousId: s.PreviousContactId,
    startMs: ms(s.InitiationTimestamp),
    endMs: ms(s.DisconnectTimestamp),
    enqueuedMs: ms(s.QueueInfo?.EnqueueTimestamp),
    connectedMs: ms(s.AgentInfo?.ConnectedToAgentTimestamp),
    queueId: s.QueueInfo?.Id,
    agentId: s.AgentInfo?.Id,
  };
}
