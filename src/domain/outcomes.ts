import type { Contact } from "./connect-model.js";
import type { Outcome } from "./search/search-query.js";
import { toDate } from "./to-date.js";

/**
 * What a contact's outcome is judged on, in epoch ms: a search summary (FoundContact) is one, and
 * a full contact reduces to one, so "abandoned" or "long wait" mean the same in both.
 */
export interface ContactMoments {
  enqueuedMs?: number;
  connectedMs?: number;
  endMs?: number;
  /** The initiation method. */
  method?: string;
}

/** A timestamp that is there (NaN when it cannot be read: present, but never a wait). */
const at = (value: unknown) => (value ? (toDate(value)?.getTime() ?? Number.NaN) : undefined);

export function momentsOfContact(contact: Contact): ContactMoments {
  return {
    enqueuedMs: at(contact.QueueInfo?.EnqueueTimestamp),
    connectedMs: at(contact.AgentInfo?.ConnectedToAgentTimestamp),
    endMs: at(contact.DisconnectTimestamp),
    method: contact.InitiationMethod,
  };
}

/** Enqueued, and gone without ever reaching an agent. */
export function isAbandoned(m: ContactMoments): boolean {
  return m.enqueuedMs !== undefined && m.connectedMs === undefined && m.endMs !== undefined;
}

/** Seconds in queue so far: until an agent answered, the contact ended, or now. */
export function queueWaitSeconds(m: ContactMoments, nowMs: number): number | undefined {
  if (m.enqueuedMs === undefined) return undefined;
  return ((m.connectedMs ?? m.endMs ?? nowMs) - m.enqueuedMs) / 1000;
}

export function isLongWait(m: ContactMoments, waitSeconds: number, nowMs: number): boolean {
  return (queueWaitSeconds(m, nowMs) ?? 0) > waitSeconds;
}

const TRANSFERS = new Set(["TRANSFER", "QUEUE_TRANSFER"]);

const OUTCOME_TESTS: Record<Outcome, (m: ContactMoments, wait: number, now: number) => boolean> = {
  abandoned: isAbandoned,
  answered: (m) => m.connectedMs !== undefined,
  transferred: (m) => TRANSFERS.has(m.method ?? ""),
  "long-wait": isLongWait,
};

/** Every outcome word must hold (they combine with AND, like the other filters). */
export function matchesOutcomes(
  m: ContactMoments,
  outcomes: readonly Outcome[],
  waitSeconds: number,
  nowMs: number,
): boolean {
  return outcomes.every((outcome) => OUTCOME_TESTS[outcome]?.(m, waitSeconds, nowMs) ?? false);
}
