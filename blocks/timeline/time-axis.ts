import { formatter, offsetAt } from "../../src/domain/time-zones.js";

const SECOND = 1000;
const MINUTE = 60 * SECOND;
const DAY = 24 * 60 * MINUTE;

/** Tick spacings from seconds to hours; the first that keeps the axis to `maxTicks` is used. */
const STEPS = [
  1, 2, 5, 10, 15, 30, 60, 120, 300, 600, 900, 1800, 3600, 7200, 10_800, 21_600, 43_200, 86_400,
].map((s) => s * SECOND);

export interface Tick {
  at: number;
  /** "10:05" or "10:05:30" in the viewer's zone. */
  label: string;
  /** "Wed 1 May" on the first tick and where the date changes (a contact spanning midnight). */
  day?: string;
}

/** Ticks on round wall-clock times of the viewer's zone (a +5:30 zone gets :00 and :30 too). */
export function axisTicks(start: number, end: number, zone: string, maxTicks = 10): Tick[] {
  const span = Math.max(end - start, SECOND);
  // Past a day per tick (a contact left open for weeks), whole days, still at most maxTicks.
  const step = STEPS.find((s) => span / s <= maxTicks) ?? Math.ceil(span / maxTicks / DAY) * DAY;
  const offset = offsetAt(zone, start);
  const first = Math.ceil((start + offset) / step) * step - offset;
  const time = formatter(
    zone,
    step < MINUTE
      ? { hour: "2-digit", minute: "2-digit", second: "2-digit" }
      : { hour: "2-digit", minute: "2-digit" },
  );
  const day = formatter(zone, { weekday: "short", day: "numeric", month: "short" });
  const ticks: Tick[] = [];
  let lastDay = "";
  for (let at = first; at <= end; at += step) {
    const date = day.format(new Date(at));
    ticks.push({
      at,
      label: time.format(new Date(at)),
      ...(date !== lastDay ? { day: date } : {}),
    });
    lastDay = date;
  }
  return ticks;
}
