import type { FilterWords, WordStyle } from "../src/domain/search/search-filter.js";
import { SEARCH_FILTERS } from "../src/domain/search/search-filters.js";
import type { SearchDescription } from "../src/domain/search/search-query.js";
import { escapeMrkdwn } from "./escape.js";
import { slackDate } from "./slack-date.js";

export type { SearchDescription } from "../src/domain/search/search-query.js";

/** What the filters say in one slot of the sentence, in their rank order. */
function slot(
  d: SearchDescription,
  style: WordStyle,
  name: FilterWords["slot"],
  filters = SEARCH_FILTERS,
) {
  return filters
    .flatMap((f) => (f.words?.slot === name ? [f.words] : []))
    .sort((a, b) => a.rank - b.rank)
    .flatMap((w) => w.say(d, style))
    .filter(Boolean);
}

/**
 * "Abandoned voice contacts in Billing Support, last 2 h" — as mrkdwn (user text escaped, times as
 * Slack date tokens every reader sees in their own zone) and as plain text for notifications.
 */
export function describeSearch(
  d: SearchDescription,
  filters = SEARCH_FILTERS,
): { mrkdwn: string; plain: string } {
  const build = (style: WordStyle) => {
    const parts = [`${slot(d, style, "kind", filters).join(" ")} contacts`.trim()];
    parts.push(...slot(d, style, "detail", filters));
    const sentence = `${parts.join(" ")}, ${slot(d, style, "span", filters).join(" ")}`;
    return sentence.charAt(0).toUpperCase() + sentence.slice(1);
  };
  const clip = (s: string) => (s.length > 80 ? `${s.slice(0, 79)}…` : s);
  return {
    mrkdwn: build({
      text: (s) => escapeMrkdwn(clip(s)),
      time: (ms) => slackDate(ms, "{date_short_pretty} {time}") ?? "",
    }),
    plain: build({
      text: clip,
      time: (ms) => new Date(ms).toISOString().replace(/:\d{2}\.\d{3}Z$/, "Z"),
    }),
  };
}
