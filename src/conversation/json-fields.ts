// Analysis files and segments come from a bucket or an API whose shape can change (and from a
// truncated file): these read them defensively, own keys only, so "__proto__" is just a miss.

export type Json = Record<string, unknown>;

export function obj(value: unknown): Json | undefined {
  return typeof value === "object" && value !== null && !Array.isArray(value)
    ? (value as Json)
    : undefined;
}

export function field(value: unknown, key: string): unknown {
  const o = obj(value);
  return o && Object.hasOwn(o, key) ? o[key] : undefined;
}

/** A nested field: path("a", "b") reads value.a.b. */
export function path(value: unknown, ...keys: string[]): unknown {
  return keys.reduce<unknown>((at, key) => field(at, key), value);
}

export function arr(value: unknown): unknown[] {
  return Array.isArray(value) ? value : [];
}

export function text(value: unknown): string | undefined {
  return typeof value === "string" && value !== "" ? value : undefined;
}

export function int(value: unknown): number | undefined {
  return typeof value === "number" && Number.isFinite(value) ? value : undefined;
}

/** The entries of an object field, own keys in their order. */
export function entries(value: unknown): [string, unknown][] {
  const o = obj(value);
  return o ? Object.entries(o) : [];
}

/** A Date, or the ISO string a date-time becomes on the wire, as epoch milliseconds. */
export function epochMs(value: unknown): number | undefined {
  const ms =
    value instanceof Date
      ? value.getTime()
      : typeof value === "string"
        ? Date.parse(value)
        : Number.NaN;
  return Number.isFinite(ms) ? ms : undefined;
}
