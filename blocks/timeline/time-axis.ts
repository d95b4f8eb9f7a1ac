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

// Building an Intl.DateTimeFormat costs far more than formatting with one: keep them per zone.
const formatters = new Map<string, Intl.DateTimeFormat>();
const MAX_FORMATTERS = 500;

function formatter(zone: string, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const key = `${zone}|${JSON.stringify(options)}`;
  let format = formatters.get(key);
  if (!format) {
    if (formatters.size >= MAX_FORMATTERS) formatters.clear();
    format = new Intl.DateTimeFormat("en-GB", { timeZone: zone, hourCycle: "h23", ...options });
    formatters.set(key, format);
  }
  return format;
}

/** Milliseconds the zone's wall clock is ahead of UTC at `at` (e.g. +3600000 for BST). */
export function offsetAt(zone: string, at: number): number {
  const parts = formatter(zone, {
    year: "numeric",
    month: "2-digit",
    day: "2-digit",
    hour: "2-digit",
    minute: "2-digit",
    second: "2-digit",
  }).formatToParts(new Date(at));
  const get = (type: string) => Number(parts.find((p) => p.type === type)?.value ?? 0);
  const wall = Date.UTC(
    get("year"),
    get("month") - 1,
    get("day"),
    get("hour") % 24,
    get("minute"),
    get("second"),
  );
  return wall - Math.floor(at / SECOND) * SECOND;
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

/** "10:05:30" in the zone, for the timeline in words. */
export function clockTime(at: number, zone: string): string {
  return formatter(zone, { hour: "2-digit", minute: "2-digit", second: "2-digit" }).format(
    new Date(at),
  );
}

/** "Wed 1 May 2024" in the zone. */
export function dayOf(at: number, zone: string): string {
  return formatter(zone, {
    weekday: "short",
    day: "numeric",
    month: "short",
    year: "numeric",
  }).format(new Date(at));
}

/** "UTC+1", "UTC−3:30", "UTC" at `at`: names the zone's offset beside its IANA name. */
export function offsetName(zone: string, at: number): string {
  const minutes = Math.round(offsetAt(zone, at) / MINUTE);
  if (minutes === 0) return "UTC";
  const sign = minutes > 0 ? "+" : "−";
  const abs = Math.abs(minutes);
  const rest = abs % 60;
  return `UTC${sign}${Math.floor(abs / 60)}${rest ? `:${String(rest).padStart(2, "0")}` : ""}`;
}

/** "Europe/London (UTC+1)", or just "UTC": the zone named on the axis and in words. */
export function zoneName(zone: string, at: number): string {
  const offset = offsetName(zone, at);
  return zone === offset ? zone : `${zone} (${offset})`;
}
