/**
 * What Contact Lens made of a contact, reduced to what the Conversation section shows. Plain data
 * (JSON-safe, so it can be cached) built from a post-call analysis file in S3, a chat's real-time
 * segments (ListRealtimeContactAnalysisSegmentsV2) or a call's in progress (Contact Lens
 * ListRealtimeContactAnalysisSegments). Times are milliseconds from the start of the analysed
 * conversation; roles are Contact Lens's: "CUSTOMER", "AGENT", "SYSTEM", "SUPERVISOR"…
 */
export interface ConversationTurn {
  /** Position in the whole transcript, from 0: kept turns may skip some (see turnCount). */
  n: number;
  at: number;
  role: string;
  /** What was said or written, cut to a few hundred characters. */
  text: string;
  /** POSITIVE, NEGATIVE, NEUTRAL or MIXED. */
  sentiment?: string;
  /** The words of an issue Contact Lens detected in this turn. */
  issue?: string;
}

export interface CategoryMatch {
  name: string;
  /** When each of its points of interest starts; empty when the category matched as a whole. */
  at: number[];
}

export interface RoleValue {
  role: string;
  value: number;
}

export interface ConversationSentiment {
  /** Overall score per participant, −5 to +5. */
  overall: RoleValue[];
  /** The scores of each quarter of the call, per participant. */
  quarters: { role: string; scores: number[] }[];
}

export interface TalkStats {
  /** TotalConversationDurationMillis. */
  durationMs?: number;
  /** Talk time per participant (ms). */
  talk: RoleValue[];
  nonTalkMs?: number;
  longestSilence?: { at: number; ms: number };
  /** Interruptions by whom: how many, and for how long in all (ms). */
  interruptions: { role: string; count: number; ms: number }[];
  /** Average words per minute per participant. */
  wordsPerMinute: RoleValue[];
}

export interface SkippedAnalysis {
  /** CATEGORIZATION, POST_CONTACT_SUMMARY, INFORMATION_EXTRACTION… */
  feature: string;
  /** QUOTA_EXCEEDED, INSUFFICIENT_CONVERSATION_CONTENT… */
  reason: string;
}

export interface Conversation {
  contactId: string;
  /** VOICE or CHAT. */
  channel: string;
  /** Where it was read: an `s3://` URI, or the real-time API's name. */
  source: string;
  /** Contact Lens redacted sensitive data ([PII]) in what is here. */
  redacted: boolean;
  /** Real-time analysis of a contact still in progress: more may come. */
  live?: boolean;
  /** The generative post-contact summary, or why there is none (a failure code). */
  summary?: { text?: string; failure?: string };
  sentiment?: ConversationSentiment;
  categories: CategoryMatch[];
  talk?: TalkStats;
  /** Analysis Contact Lens skipped, the post-contact summary's failure apart. */
  skipped: SkippedAnalysis[];
  turns: ConversationTurn[];
  /** Turns in the whole transcript: more than turns.length when some were not kept. */
  turnCount: number;
  /** Set when the file was larger than allowed: what is here was read from its first bytes. */
  readBytes?: { read: number; size: number };
}

const pad = (n: number): string => String(n).padStart(2, "0");

/** "01:23", "1:02:03": when in the conversation, for a reader to find it in the recording. */
export function clock(ms: number): string {
  const s = Math.max(0, Math.floor(ms / 1000));
  const hours = Math.floor(s / 3600);
  const rest = `${pad(Math.floor((s % 3600) / 60))}:${pad(s % 60)}`;
  return hours > 0 ? `${hours}:${rest}` : rest;
}

const ROLE_WORDS = new Map(
  Object.entries({
    CUSTOMER: "Customer",
    AGENT: "Agent",
    SYSTEM: "System",
    SUPERVISOR: "Supervisor",
    AUTOMATED: "Bot",
    CUSTOM_BOT: "Bot",
  }),
);

/** "Customer", "Agent"…; an unknown role as written, capitalised. */
export function roleWords(role: string): string {
  const known = ROLE_WORDS.get(role);
  if (known) return known;
  const lower = role.toLowerCase().replace(/_/g, " ");
  return lower.charAt(0).toUpperCase() + lower.slice(1);
}

/** "+3.1", "−2.5" (a real minus sign), "0". */
export function signed(score: number): string {
  const rounded = Math.round(score * 10) / 10;
  if (rounded === 0) return "0";
  return rounded > 0 ? `+${rounded}` : `−${Math.abs(rounded)}`;
}

/** The customer's score of the last quarter, when Contact Lens scored quarters. */
export function customerLastQuarter(conversation: Conversation): number | undefined {
  const quarters = conversation.sentiment?.quarters.find((q) => q.role === "CUSTOMER");
  return quarters?.scores.at(-1);
}

/** Non-talk time as a share of the conversation (0–100), when both are known. */
export function silencePercent(conversation: Conversation): number | undefined {
  const talk = conversation.talk;
  if (!talk?.durationMs || talk.nonTalkMs === undefined) return undefined;
  return (talk.nonTalkMs / talk.durationMs) * 100;
}

/** The turn that was under way at `ms` (the last one starting at or before it), if any. */
export function turnAt<T extends { at: number }>(turns: readonly T[], ms: number): T | undefined {
  let found: T | undefined;
  for (const turn of turns) {
    if (turn.at > ms) break;
    found = turn;
  }
  return found;
}
