import type { FormOption, WordStyle } from "../search-filter.js";
import type { TimeWords } from "../search-query.js";

/** Presets of the form's time input, in seconds back from now; "custom" reads the two pickers. */
export const TIME_PRESETS: readonly FormOption[] = [
  ["last 15 minutes", "900"],
  ["last hour", "3600"],
  ["last 4 hours", "14400"],
  ["last 24 hours", "86400"],
  ["last 7 days", "604800"],
  ["between the start and end below", "custom"],
];

function lastWords(seconds: number): string {
  if (seconds % 86_400 === 0) return `last ${seconds / 86_400} d`;
  if (seconds % 3600 === 0) return `last ${seconds / 3600} h`;
  return `last ${Math.round(seconds / 60)} min`;
}

/** "last 2 h", or "since … until …" with the instants as the style writes them. */
export function timeWords(time: TimeWords, style: WordStyle): string {
  if ("last" in time) return lastWords(time.last);
  const { since, until } = time;
  return [
    since !== undefined && `since ${style.time(since)}`,
    until !== undefined && `until ${style.time(until)}`,
  ]
    .filter(Boolean)
    .join(" ");
}
