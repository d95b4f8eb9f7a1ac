import { offsetAt } from "../time-zones.js";

/** What a UTC instant reads as on a wall clock in `zone`, as if that reading were UTC. */
function wallClock(zone: string, utcMs: number): number {
  return Math.floor(utcMs / 1000) * 1000 + offsetAt(zone, utcMs);
}

export interface WallTime {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
  second: number;
}

/**
 * The instant a wall-clock time in `zone` names. Two passes, because the zone's offset at the
 * first guess may differ from the one at the answer across a daylight-saving change.
 */
export function zonedToUtc(time: WallTime, zone: string): number {
  const asUtc = Date.UTC(time.year, time.month - 1, time.day, time.hour, time.minute, time.second);
  const first = asUtc - (wallClock(zone, asUtc) - asUtc);
  return asUtc - (wallClock(zone, first) - first);
}

/** The last time the clock in `zone` showed hour:minute, today's or, if still ahead, yesterday's. */
export function lastClockTime(hour: number, minute: number, zone: string, nowMs: number): number {
  const today = new Date(wallClock(zone, nowMs));
  const wall = {
    year: today.getUTCFullYear(),
    month: today.getUTCMonth() + 1,
    day: today.getUTCDate(),
    hour,
    minute,
    second: 0,
  };
  const at = zonedToUtc(wall, zone);
  return at <= nowMs ? at : zonedToUtc({ ...wall, day: wall.day - 1 }, zone);
}
