import { InvalidSearchError } from "../request-errors.js";
import { MAX_AGE_MS, MAX_RANGE_MS } from "./search-query.js";
import { lastClockTime, zonedToUtc } from "./zoned-time.js";

const ISO = /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2}))?)?(Z|[+-]\d{2}:?\d{2})?$/i;
const CLOCK = /^(\d{1,2}):(\d{2})$/;

/** An ISO date(-time), read in `zone` when it has no offset, or a clock time today. */
export function readTime(
  token: string,
  value: string,
  ctx: { nowMs: number; zone: string },
): number {
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
