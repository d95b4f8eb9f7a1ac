// The subpath keeps start-up from loading all of date-fns (~190 ms CPU, ~15 MiB).
import { differenceInSeconds } from "date-fns/differenceInSeconds";
import { toDate } from "./to-date.js";

const MINUTE = 60;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

const pad = (n: number): string => String(n).padStart(2, "0");

/**
 * Compact duration: "45s", "4m 12s", "1h 02m", "2d 03h". Only the two largest units are shown:
 * on a phone "1h 02m" reads better than "1h 2m 7s". Undefined for negative or non-finite input.
 */
export function formatSeconds(seconds: number | undefined): string | undefined {
  if (seconds === undefined || !Number.isFinite(seconds) || seconds < 0) return undefined;
  const s = Math.round(seconds);
  if (s < MINUTE) return `${s}s`;
  if (s < HOUR) return `${Math.floor(s / MINUTE)}m ${pad(s % MINUTE)}s`;
  if (s < DAY) return `${Math.floor(s / HOUR)}h ${pad(Math.floor((s % HOUR) / MINUTE))}m`;
  return `${Math.floor(s / DAY)}d ${pad(Math.floor((s % DAY) / HOUR))}h`;
}

/** Like formatSeconds, keeping sub-second precision for the chat metrics given in milliseconds. */
export function formatMillis(ms: number | undefined): string | undefined {
  if (ms === undefined || !Number.isFinite(ms) || ms < 0) return undefined;
  return ms < 1000 ? `${Math.round(ms)} ms` : formatSeconds(ms / 1000);
}

/**
 * Time from `start` to `end`. Counted in absolute seconds (date-fns differenceInSeconds) rather than
 * calendar units, so the result never depends on the server's time zone or DST changes.
 */
export function durationBetween(start: unknown, end: unknown): string | undefined {
  const from = toDate(start);
  const to = toDate(end);
  if (!from || !to) return undefined;
  return formatSeconds(differenceInSeconds(to, from));
}
