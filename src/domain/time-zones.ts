const SECOND = 1000;
const MINUTE = 60 * SECOND;

// Building an Intl.DateTimeFormat costs far more than formatting with one: keep them per zone.
const formatters = new Map<string, Intl.DateTimeFormat>();
const MAX_FORMATTERS = 500;

export function formatter(zone: string, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
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
