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

/** A query's filters before its window: what every search starts from. */
export type QueryDraft = Omit<SearchQuery, "startMs" | "endMs" | "time"> &
  Partial<Pick<SearchQuery, "startMs" | "endMs" | "time">>;

export function emptyDraft(): QueryDraft {
  return { channels: [], methods: [], attributes: [], outcomes: [] };
}

/** The query once its window is in: a table without a window entry is a programming error. */
export function withWindow(draft: QueryDraft): SearchQuery {
  const { startMs, endMs, time } = draft;
  if (startMs === undefined || endMs === undefined || time === undefined) {
    throw new Error("the search filters have no time window");
  }
  return { ...draft, startMs, endMs, time };
}

/** A search as the header tells it: the query, with names as Connect spells them. */
export interface SearchDescription {
  queue?: string;
  agent?: string;
  channels: readonly string[];
  methods: readonly string[];
  attributes: readonly { key: string; value: string }[];
  outcomes: readonly string[];
  /** Phrases from the transcript (`said:`), by who said them, all or any of them. */
  said?: { phrases: readonly { speaker: string; text: string }[]; match: string };
  /** The caller's number (`phone:`), in E.164; always shown masked. */
  phone?: { number: string };
  time: TimeWords;
}
