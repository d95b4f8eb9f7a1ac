/** Outcome words, judged on each search summary rather than sent to Connect. */
export const OUTCOMES = ["abandoned", "answered", "transferred", "long-wait"] as const;
export type Outcome = (typeof OUTCOMES)[number];

export const CHANNELS = ["VOICE", "CHAT", "TASK", "EMAIL"] as const;
export const METHODS = [
  "INBOUND",
  "OUTBOUND",
  "TRANSFER",
  "QUEUE_TRANSFER",
  "CALLBACK",
  "API",
  "DISCONNECT",
  "MONITOR",
  "EXTERNAL_OUTBOUND",
  "WEBRTC_API",
  "AGENT_REPLY",
  "FLOW",
] as const;

/** Who said a phrase: `customer said:`, `agent said:`, or `said:` for either. */
export type Speaker = "customer" | "agent" | "anyone";

/**
 * Phrases the contact's Contact Lens transcript holds: every one of them (`all`, the default) or
 * any (the word `any`).
 */
export interface SaidQuery {
  phrases: { speaker: Speaker; text: string }[];
  match: "all" | "any";
}

/** How the user said the time, for the header ("last 2 h", "since …"). */
export type TimeWords = { last: number } | { since?: number; until?: number };

/**
 * A search as the user asked for it: names still as typed, the time range already absolute
 * (epoch ms), so that "More" pages a week later still mean the same window. JSON-safe: it is
 * kept in the cache between pages.
 */
export interface SearchQuery {
  queue?: string;
  agent?: string;
  channels: string[];
  methods: string[];
  attributes: { key: string; value: string }[];
  outcomes: Outcome[];
  said?: SaidQuery;
  /** `phone:`, in E.164, and the searchable attribute (SEARCH_PHONE_ATTRIBUTE) that holds it. */
  phone?: { key: string; number: string };
  startMs: number;
  endMs: number;
  time: TimeWords;
}

/** Connect searches at most 8 weeks in one request, and keeps contacts for 2 years. */
export const MAX_RANGE_MS = 8 * 7 * 24 * 3_600_000;
export const MAX_AGE_MS = 2 * 365 * 24 * 3_600_000;
export const DEFAULT_LAST_SECONDS = 3600;

/**
 * The query in the words of the audit log: filters without attribute values, phrases or numbers,
 * which may be PII (only how many phrases).
 */
export function auditFilters(query: SearchQuery): string {
  const parts = [
    query.queue && `queue:${query.queue}`,
    query.agent && `agent:${query.agent}`,
    query.channels.length > 0 && `channel:${query.channels.join(",").toLowerCase()}`,
    query.methods.length > 0 && `method:${query.methods.join(",").toLowerCase()}`,
    ...query.attributes.map((a) => `attr:${a.key}=*`),
    query.said && `said:${query.said.phrases.length}:${query.said.match}`,
    query.phone && `phone:${query.phone.key}=*`,
    ...query.outcomes,
    `range:${new Date(query.startMs).toISOString()}/${new Date(query.endMs).toISOString()}`,
  ];
  return parts.filter(Boolean).join(" ");
}
