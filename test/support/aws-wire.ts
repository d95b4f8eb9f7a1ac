/**
 * Converts SDK-shaped values to what AWS JSON protocols put on the wire: the SDK hands tests
 * `Date`s, but rest-json and JSON 1.1 carry timestamps as epoch seconds (fractions allowed).
 */
export function toAwsWire(value: unknown): unknown {
  if (value instanceof Date) return value.getTime() / 1000;
  if (Array.isArray(value)) return value.map(toAwsWire);
  if (value !== null && typeof value === "object") {
    const out: Record<string, unknown> = {};
    for (const [key, item] of Object.entries(value)) {
      if (item !== undefined) out[key] = toAwsWire(item);
    }
    return out;
  }
  return value;
}
