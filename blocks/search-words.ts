import { words } from "../src/domain/labels.js";
import { maskEndpoint } from "../src/domain/masking/mask.js";
import { escapeMrkdwn } from "./escape.js";
import { slackDate } from "./slack-date.js";

/** A search as the header tells it (the query, with names as Connect spells them). */
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
  time: { last: number } | { since?: number; until?: number };
}

const SPEAKER_WORDS = new Map([
  ["customer", "the customer"],
  ["agent", "the agent"],
]);

/** "where the customer said “charged twice” or anyone said “refund”", the phrases as `text` gives them. */
function saidWords(said: NonNullable<SearchDescription["said"]>, text: (s: string) => string) {
  const each = said.phrases.map(
    (p) => `${SPEAKER_WORDS.get(p.speaker) ?? "anyone"} said “${text(p.text)}”`,
  );
  return `where ${each.join(said.match === "any" ? " or " : " and ")}`;
}

const OUTCOME_WORDS: Record<string, string> = {
  abandoned: "abandoned",
  answered: "answered",
  transferred: "transferred",
  "long-wait": "long-wait",
};

function lastWords(seconds: number): string {
  if (seconds % 86_400 === 0) return `last ${seconds / 86_400} d`;
  if (seconds % 3600 === 0) return `last ${seconds / 3600} h`;
  return `last ${Math.round(seconds / 60)} min`;
}

const or = (items: readonly string[]) =>
  items.length <= 1 ? (items[0] ?? "") : `${items.slice(0, -1).join(", ")} or ${items.at(-1)}`;

/**
 * "Abandoned voice contacts in Billing Support, last 2 h" — as mrkdwn (user text escaped, times as
 * Slack date tokens every reader sees in their own zone) and as plain text for notifications.
 */
export function describeSearch(d: SearchDescription): { mrkdwn: string; plain: string } {
  const build = (text: (s: string) => string, time: (ms: number) => string) => {
    const kinds = [
      ...d.outcomes.map((o) => OUTCOME_WORDS[o] ?? o),
      or(d.methods.map((m) => words(m).toLowerCase())),
      or(d.channels.map((c) => words(c).toLowerCase())),
    ].filter(Boolean);
    const parts = [`${kinds.join(" ")} contacts`.trim()];
    if (d.queue) parts.push(`in ${text(d.queue)}`);
    if (d.agent) parts.push(`handled by ${text(d.agent)}`);
    for (const a of d.attributes) parts.push(`with ${text(a.key)} = ${text(a.value)}`);
    if (d.phone) parts.push(`from ${text(maskEndpoint(d.phone.number, "TELEPHONE_NUMBER"))}`);
    if (d.said && d.said.phrases.length > 0) parts.push(saidWords(d.said, text));
    let span: string;
    if ("last" in d.time) span = lastWords(d.time.last);
    else {
      const { since, until } = d.time;
      span = [
        since !== undefined && `since ${time(since)}`,
        until !== undefined && `until ${time(until)}`,
      ]
        .filter(Boolean)
        .join(" ");
    }
    const sentence = `${parts.join(" ")}, ${span}`;
    return sentence.charAt(0).toUpperCase() + sentence.slice(1);
  };
  const clip = (s: string) => (s.length > 80 ? `${s.slice(0, 79)}…` : s);
  return {
    mrkdwn: build(
      (s) => escapeMrkdwn(clip(s)),
      (ms) => slackDate(ms, "{date_short_pretty} {time}") ?? "",
    ),
    plain: build(clip, (ms) => new Date(ms).toISOString().replace(/:\d{2}\.\d{3}Z$/, "Z")),
  };
}
