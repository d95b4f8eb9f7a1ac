import { InvalidSearchError } from "../domain/request-errors.js";
import { checkRange, readTime } from "./parse-time.js";
import { phoneCriterion } from "./phone-number.js";
import { createSaidFilter } from "./said-filter.js";
import {
  CHANNELS,
  DEFAULT_LAST_SECONDS,
  METHODS,
  OUTCOMES,
  type Outcome,
  type SearchQuery,
} from "./search-query.js";

export interface ParseContext {
  nowMs: number;
  /** The user's IANA zone, for clock times and date-times without an offset. */
  zone: string;
  /** SEARCH_PHONE_ATTRIBUTE: `phone:` is refused, with how to set it up, without it. */
  phoneAttribute?: string;
}

const TOKEN = /([a-z-]+):((?:"[^"]*"|[^\s"]+)+)|"[^"]*"|\S+/gi;
/** A group of a number written with spaces: "+1 415 555 0123" is one `phone:`. */
const DIGIT_GROUP = /^[\d().-]+$/;
const UNITS: Record<string, number> = { m: 60, h: 3600, d: 86_400, w: 604_800 };
const MAX_VALUE = 256;
const SPEAKERS = new Set(["customer", "agent"]);
const COMBINE = new Set(["any", "all"]);

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

/**
 * `/contact search` filters, in any order: key:value pairs (quotes for spaces), outcome words,
 * `said:` phrases (`customer said:`, `agent said:`, `any`). Throws InvalidSearchError quoting the
 * filter at fault; judged without any API call.
 */
export function parseSearch(text: string, ctx: ParseContext): SearchQuery {
  const query: Omit<SearchQuery, "startMs" | "endMs" | "time"> = {
    channels: [],
    methods: [],
    attributes: [],
    outcomes: [],
  };
  const said = createSaidFilter();
  let speaker: { word: "customer" | "agent"; token: string } | undefined;
  let last: { token: string; seconds: number } | undefined;
  let since: { token: string; ms: number } | undefined;
  let until: { token: string; ms: number } | undefined;
  const tokens = [...normalize(text).matchAll(TOKEN)];
  const speakerAlone = (token: string) =>
    new InvalidSearchError(
      token,
      'customer and agent go right before said:, as in customer said:"refund"',
    );
  for (let i = 0; i < tokens.length; i++) {
    const match = tokens[i]!;
    const token = match[0];
    const key = match[1]?.toLowerCase();
    let value = match[2] === undefined ? "" : unquote(match[2]);
    if (speaker && key !== "said") throw speakerAlone(speaker.token);
    if (key === undefined) {
      const word = token.toLowerCase();
      if (SPEAKERS.has(word)) speaker = { word: word as "customer" | "agent", token };
      else if (COMBINE.has(word)) said.combine(token, word as "any" | "all");
      else if (OUTCOMES.includes(word as Outcome)) {
        if (!query.outcomes.includes(word as Outcome)) query.outcomes.push(word as Outcome);
      } else {
        const afterSaid = tokens[i - 1]?.[1]?.toLowerCase() === "said";
        throw new InvalidSearchError(
          token,
          afterSaid
            ? 'a phrase of several words goes in quotes, as in said:"charged twice"'
            : `filters are key:value or ${OUTCOMES.join(", ")}`,
        );
      }
      continue;
    }
    if (key === "phone") {
      while (
        i + 1 < tokens.length &&
        tokens[i + 1]![1] === undefined &&
        DIGIT_GROUP.test(tokens[i + 1]![0])
      ) {
        value = `${value} ${tokens[++i]![0]}`;
      }
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
      case "said":
        said.phrase(token, speaker?.word ?? "anyone", value);
        speaker = undefined;
        break;
      case "phone":
        if (query.phone) throw new InvalidSearchError("phone:", "only one phone");
        query.phone = phoneCriterion(value, ctx.phoneAttribute);
        break;
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
          "the filters are queue, agent, channel, method, last, since, until, attr, said and phone",
        );
    }
  }
  if (speaker) throw speakerAlone(speaker.token);
  const phrases = said.query();
  if (phrases) query.said = phrases;
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
