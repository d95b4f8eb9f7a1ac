import type { Conversation, RoleValue } from "../../src/domain/conversation.js";
import { clock, roleWords, signed, silencePercent } from "../../src/domain/conversation.js";
import { formatMillis } from "../../src/domain/duration.js";
import { lower } from "../../src/domain/findings/contact-rules.js";
import { bold, code, join, line, type Mrkdwn, md, trusted } from "../mrkdwn.js";

const MAX_CATEGORIES = 10;
const TIMES_PER_CATEGORY = 3;
const MAX_ISSUES = 3;
const SUMMARY_MAX = 1500;
const ISSUE_MAX = 120;

/** Failure and skip reason codes in words; others as the code reads. */
const REASONS = new Map(
  Object.entries({
    QUOTA_EXCEEDED: "the quota was exceeded",
    INSUFFICIENT_CONVERSATION_CONTENT: "too little was said to summarise",
    FAILED_SAFETY_GUIDELINES: "it failed the safety guidelines",
    INVALID_ANALYSIS_CONFIGURATION: "the analysis is not configured correctly",
    INTERNAL_ERROR: "Contact Lens had an internal error",
  }),
);

export const reasonWords = (code: string): string => REASONS.get(code) ?? lower(code);

/** The customer first, then the agent, then anyone else. */
const ORDER = ["CUSTOMER", "AGENT"];
const rank = (role: string) => (ORDER.includes(role) ? ORDER.indexOf(role) : ORDER.length);
const byRole = <T extends { role: string }>(list: readonly T[]): T[] =>
  [...list].sort((a, b) => rank(a.role) - rank(b.role));

export function summaryLines(conversation: Conversation, mask: (text: string) => string): Mrkdwn[] {
  const summary = conversation.summary;
  if (summary?.text) return [bold("Summary"), md(mask(summary.text), SUMMARY_MAX) ?? trusted("—")];
  if (!summary?.failure) return [];
  const why = md(reasonWords(summary.failure), 200);
  return [trusted(`${bold("Summary")}: not generated — ${why} (${code(summary.failure, 80)})`)];
}

/** Scores when Contact Lens gave them (calls); else how many turns read negative (chats). */
export function sentimentLines(conversation: Conversation): Mrkdwn[] {
  const sentiment = conversation.sentiment;
  const roles = byRole([...(sentiment?.overall ?? []), ...(sentiment?.quarters ?? [])]).map(
    (r) => r.role,
  );
  const scored = [...new Set(roles)].map((role) => {
    const overall = sentiment?.overall.find((o) => o.role === role)?.value;
    const quarters = sentiment?.quarters.find((q) => q.role === role)?.scores ?? [];
    const trend =
      quarters.length > 1 ? `${quarters.map(signed).join(" → ")} in the last quarter` : "";
    const parts = [overall === undefined ? "" : `${signed(overall)} overall`, trend];
    return trusted(`${bold(roleWords(role))} ${parts.filter(Boolean).join(" · ")}`);
  });
  if (scored.length > 0) return [bold("Sentiment"), ...scored];
  const labelled = byRole(
    ["CUSTOMER", "AGENT"].map((role) => ({
      role,
      turns: conversation.turns.filter((t) => t.role === role && t.sentiment),
    })),
  ).filter((r) => r.turns.length > 0);
  if (labelled.length === 0) return [];
  return [
    bold("Sentiment"),
    ...labelled.map(({ role, turns }) => {
      const negative = turns.filter((t) => t.sentiment === "NEGATIVE").length;
      const last = turns.at(-1)?.sentiment?.toLowerCase() ?? "";
      return trusted(
        `${bold(roleWords(role))} ${negative} of ${turns.length} turns negative · the last ${md(last, 20)}`,
      );
    }),
  ];
}

export function categoryLines(
  conversation: Conversation,
  mask: (text: string) => string,
): Mrkdwn[] {
  const categories = conversation.categories.slice(0, MAX_CATEGORIES).map((c) => {
    const times = c.at.slice(0, TIMES_PER_CATEGORY).map((ms) => `\`${clock(ms)}\``);
    const more = c.at.length > TIMES_PER_CATEGORY ? ", …" : "";
    return trusted(
      `${md(mask(c.name), 80)}${times.length > 0 ? ` at ${times.join(", ")}${more}` : ""}`,
    );
  });
  const rest = conversation.categories.length - MAX_CATEGORIES;
  const issues = conversation.turns
    .filter((t) => t.issue !== undefined)
    .slice(0, MAX_ISSUES)
    .map((t) => trusted(`\`${clock(t.at)}\` “${md(mask(t.issue ?? ""), ISSUE_MAX) ?? ""}”`));
  return [
    line("Categories", join([...categories, ...(rest > 0 ? [trusted(`${rest} more`)] : [])])),
    line("Issues detected", join(issues)),
  ].filter((l): l is Mrkdwn => l !== undefined);
}

const share = (value: number, total: number) =>
  total > 0 ? ` (${Math.round((value / total) * 100)}%)` : "";

function perRole(values: readonly RoleValue[], show: (v: RoleValue) => string): Mrkdwn | undefined {
  return join(byRole(values).map((v) => trusted(`${md(roleWords(v.role), 40)} ${show(v)}`)));
}

/** Talk time per participant, silence, interruptions by whom, talk speed. */
export function talkLines(conversation: Conversation): Mrkdwn[] {
  const talk = conversation.talk;
  if (!talk) return [];
  const talked = talk.talk.reduce((sum, t) => sum + t.value, 0);
  const percent = silencePercent(conversation);
  const longest = talk.longestSilence;
  const silence =
    percent === undefined
      ? undefined
      : trusted(
          `${Math.round(percent)}% of ${formatMillis(talk.durationMs)}` +
            (longest && longest.ms > 0
              ? ` · longest ${formatMillis(longest.ms)} at \`${clock(longest.at)}\``
              : ""),
        );
  const lines = [
    line(
      "Talk",
      perRole(talk.talk, (v) => `${formatMillis(v.value)}${share(v.value, talked)}`),
    ),
    line("Silence", silence),
    line(
      "Interruptions",
      join(
        byRole(talk.interruptions).map((i) =>
          trusted(`${md(roleWords(i.role), 40)} ${i.count}× (${formatMillis(i.ms)})`),
        ),
      ),
    ),
    line(
      "Speed",
      perRole(talk.wordsPerMinute, (v) => `${Math.round(v.value)} wpm`),
    ),
  ].filter((l): l is Mrkdwn => l !== undefined);
  return lines.length > 0 ? [bold("Talk & silence"), ...lines] : [];
}
