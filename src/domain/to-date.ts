/** Accepts a Date, or the ISO string / epoch milliseconds a Date becomes after a JSON round trip. */
export function toDate(value: unknown): Date | undefined {
  const date =
    value instanceof Date
      ? value
      : typeof value === "string" || typeof value === "number"
        ? new Date(value)
        : undefined;
  return date && Number.isFinite(date.getTime()) ? date : undefined;
}
