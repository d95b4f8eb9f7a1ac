import { InvalidSearchError } from "../errors.js";
import {
  CHANNELS,
  DEFAULT_LAST_SECONDS,
  MAX_AGE_MS,
  MAX_RANGE_MS,
  METHODS,
  OUTCOMES,
  type Outcome,
  type SearchQuery,
} from "./search-query.js";
import { lastClockTime, zonedToUtc } from "./zoned-time.js";

export interface ParseContext {
  nowMs: number;
  /** The user's IANA zone, for clock times and date-times without an offset. */
  zone: string;
}

const TOKEN = /([a-z-]+):((?:"[^"]*"|[^\s"]+)+)|"[^"]*"|\S+/gi;
const UNITS: Record<string, number> = { m: 60, h: 3600, d: 86_400, w: 604_800 };
const ISO = /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2}))?)?(Z|[+-]\d{2}:?\d{2})?$/i;
const CLOCK = /^(\d{1,2}):(\d{2})$/;
const MAX_VALUE = 256;

/** Slack escapes &, < and > in command text, and phones type curly quotes. */
function normalize(text: string): string {
  return text
    .replace(/[“”„″]/g, '"')
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&amp;/g, "&");
}

const unquote = (value: string) => value.replace(/"/g, "").trim();

function enumValues(token: string, value: string, allowed: readonly string[], what: string) {
  return value.split(/[,|]/).map((item) => {
    const upper = item.trim().toUpperCase();
    if (!allowed.includes(upper)) {
      const list = allowed.map((a) => a.toLowerCase()).join(", ");
      throw new InvalidSearchError(token, `${what} is one of ${list}`);
    }
    return upper;
  });
}

/** An ISO date(-time), read in `zone` when it has no offset, or a clock time today. */
export function readTime(token: string, value: string, ctx: ParseContext): number {
  const clock = CLOCK.exec(value);
  if (clock) {
    const [hour, minute] = [Number(clock[1]), Number(clock[2])];
    if (hour > 23 || minute > 59) throw new InvalidSearchError(token, "that is not a clock time");
    return lastClockTime(hour, minute, ctx.zone, ctx.nowMs);
  }
  const iso = ISO.exec(value);
  if (!iso) {
    throw new InvalidSearchError(token, "times look like 09:30, 2024-05-01 or 2024-05-01T09:30");
  }
  const [, y, mo, d, h = "0", mi = "0", s = "0", offset] = iso;
  const wall = {
    year: Number(y),
    month: Number(mo),
    day: Number(d),
    hour: Number(h),
    minute: Number(mi),
    second: Number(s),
  };
  const check = new Date(Date.UTC(wall.year, wall.month - 1, wall.day, wall.hour, wall.minute));
  if (check.getUTCMonth() !== wall.month - 1 || wall.hour > 23 || wall.minute > 59) {
    throw new InvalidSearchError(token, "that date does not exist");
  }
  if (!offset) return zonedToUtc(wall, ctx.zone);
  const iso8601 = `${y}-${mo}-${d}T${h.padStart(2, "0")}:${mi}:${s.padStart(2, "0")}${offset.length === 5 ? `${offset.slice(0, 3)}:${offset.slice(3)}` : offset}`;
  return Date.parse(iso8601);
}

/** Refuses, in words, a range Connect would refuse or that cannot hold a contact. */
export function checkRange(token: string, startMs: number, endMs: number, nowMs: number): void {
  if (startMs > nowMs) throw new InvalidSearchError(token, "that is in the future");
  if (endMs <= startMs) throw new InvalidSearchError(token, "the end is not after the start");
  if (endMs - startMs > MAX_RANGE_MS) {
    throw new InvalidSearchError(token, "Amazon Connect searches at most 8 weeks at a time");
  }
  if (startMs < nowMs - MAX_AGE_MS) {
    throw new InvalidSearchError(token, "Amazon Connect keeps contacts for 2 years");
  }
}

/**
 * `/contact search` filters, in any order: key:value pairs (quotes for spaces) and outcome words.
 * Throws InvalidSearchError quoting the filter at fault; judged without any API call.
 */
export function parseSearch(text: string, ctx: ParseContext): SearchQuery {
  const query: Omit<SearchQuery, "startMs" | "endMs" | "time"> = {
    channels: [],
    methods: [],
    attributes: [],
    outcomes: [],
  };
  let last: { token: string; seconds: number } | undefined;
  let since: { token: string; ms: number } | undefined;
  let until: { token: string; ms: number } | undefined;
  for (const match of normalize(text).matchAll(TOKEN)) {
    const token = match[0];
    const key = match[1]?.toLowerCase();
    const value = match[2] === undefined ? "" : unquote(match[2]);
    if (key === undefined) {
      const word = token.toLowerCase() as Outcome;
      if (!OUTCOMES.includes(word)) {
        throw new InvalidSearchError(token, `filters are key:value or ${OUTCOMES.join(", ")}`);
      }
      if (!query.outcomes.includes(word)) query.outcomes.push(word);
      continue;
    }
    if (value === "") throw new InvalidSearchError(token, "it has no value");
    // Connect's names and attribute values are short; a longer one is a paste gone wrong.
    if (value.length > MAX_VALUE) throw new InvalidSearchError(token, "that value is too long");
    switch (key) {
      case "queue":
      case "agent":
        if (query[key] !== undefined) throw new InvalidSearchError(token, `only one ${key}`);
        query[key] = value;
        break;
      case "channel":
        query.channels.push(...enumValues(token, value, CHANNELS, "the channel"));
        break;
      case "method":
        query.methods.push(...enumValues(token, value, METHODS, "the method"));
        break;
      case "attr": {
        const eq = value.indexOf("=");
        if (eq <= 0 || eq === value.length - 1) {
          throw new InvalidSearchError(token, "attributes are attr:key=value");
        }
        query.attributes.push({ key: value.slice(0, eq), value: value.slice(eq + 1) });
        break;
      }
      case "last": {
        const m = /^(\d{1,5})([mhdw])$/i.exec(value);
        if (!m) throw new InvalidSearchError(token, "use last:30m, last:2h or last:1d");
        last = { token, seconds: Number(m[1]) * UNITS[m[2]!.toLowerCase()]! };
        break;
      }
      case "since":
        since = { token, ms: readTime(token, value, ctx) };
        break;
      case "until":
        until = { token, ms: readTime(token, value, ctx) };
        break;
      default:
        throw new InvalidSearchError(
          token,
          "the filters are queue, agent, channel, method, last, since, until and attr",
        );
    }
  }
  if (last && (since || until)) {
    throw new InvalidSearchError(last.token, "use last: or since:/until:, not both");
  }
  const { nowMs } = ctx;
  if (since || until) {
    const endMs = until?.ms ?? nowMs;
    const startMs = since?.ms ?? endMs - DEFAULT_LAST_SECONDS * 1000;
    checkRange((until ?? since)!.token, startMs, endMs, nowMs);
    return { ...query, startMs, endMs, time: { since: since?.ms, until: until?.ms } };
  }
  const seconds = last?.seconds ?? DEFAULT_LAST_SECONDS;
  checkRange(last?.token ?? "last:1h", nowMs - seconds * 1000, nowMs, nowMs);
  return { ...query, startMs: nowMs - seconds * 1000, endMs: nowMs, time: { last: seconds } };
}
