import type { ContactSearchSummary } from "@aws-sdk/client-connect";
import type { Outcome } from "./search-query.js";

/** A search summary as the list needs it: small, JSON-safe (kept in the cache between pages). */
export interface FoundContact {
  instanceId: string;
  id: string;
  channel?: string;
  method?: string;
  previousId?: string;
  startMs?: number;
  endMs?: number;
  enqueuedMs?: number;
  connectedMs?: number;
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

/** Enqueued, and gone without ever reaching an agent. */
export function isAbandoned(c: FoundContact): boolean {
  return c.enqueuedMs !== undefined && c.connectedMs === undefined && c.endMs !== undefined;
}

/** Seconds in queue so far: until an agent answered, the contact ended, or now. */
export function queueWaitSeconds(c: FoundContact, nowMs: number): number | undefined {
  if (c.enqueuedMs === undefined) return undefined;
  return ((c.connectedMs ?? c.endMs ?? nowMs) - c.enqueuedMs) / 1000;
}

export function isLongWait(c: FoundContact, waitSeconds: number, nowMs: number): boolean {
  return (queueWaitSeconds(c, nowMs) ?? 0) > waitSeconds;
}

const TRANSFERS = new Set(["TRANSFER", "QUEUE_TRANSFER"]);

/** Every outcome word must hold (they combine with AND, like the other filters). */
export function matchesOutcomes(
  c: FoundContact,
  outcomes: readonly Outcome[],
  waitSeconds: number,
  nowMs: number,
): boolean {
  return outcomes.every((outcome) => {
    switch (outcome) {
      case "abandoned":
        return isAbandoned(c);
      case "answered":
        return c.connectedMs !== undefined;
      case "transferred":
        return TRANSFERS.has(c.method ?? "");
      case "long-wait":
        return isLongWait(c, waitSeconds, nowMs);
    }
    return false;
  });
}
