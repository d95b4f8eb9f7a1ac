import { toDate } from "../src/domain/to-date.js";

export function epochSeconds(date: Date): number {
  return Math.floor(date.getTime() / 1000);
}

/** UTC ISO 8601 without milliseconds, e.g. "2024-05-01T10:03:07Z". */
export function isoUtc(date: Date): string {
  return date.toISOString().replace(/\.\d{3}Z$/, "Z");
}

/**
 * A Slack date token, which every reader sees in their own time zone; clients that cannot render it
 * show the UTC fallback. Undefined for a missing or invalid date, so callers simply leave it out.
 */
export function slackDate(
  value: unknown,
  format = "{date_short_pretty} {time_secs}",
): string | undefined {
  const date = toDate(value);
  if (!date) return undefined;
  return `<!date^${epochSeconds(date)}^${format}|${isoUtc(date)}>`;
}
