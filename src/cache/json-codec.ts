/**
 * JSON for cache values. Plain JSON.stringify turns Dates into strings that come back as strings,
 * so Dates are boxed as `{"$date": epochMs}` and revived as Dates, to the millisecond.
 */
interface DateBox {
  $date: number;
}

function isDateBox(value: unknown): value is DateBox {
  if (typeof value !== "object" || value === null || Array.isArray(value)) return false;
  const keys = Object.keys(value);
  return keys.length === 1 && keys[0] === "$date" && typeof (value as DateBox).$date === "number";
}

export function encodeJson(value: unknown): string {
  // Date#toJSON runs before the replacer sees `value`, so the original is read from the holder.
  return JSON.stringify(value, function (this: Record<string, unknown>, key: string, v: unknown) {
    const original = this[key];
    return original instanceof Date ? { $date: original.getTime() } : v;
  });
}

/** Undefined for a missing or undecodable value, so a corrupt entry behaves as a cache miss. */
export function decodeJson<T>(text: string | undefined): T | undefined {
  if (text === undefined) return undefined;
  try {
    return JSON.parse(text, (_key, v: unknown) => (isDateBox(v) ? new Date(v.$date) : v)) as T;
  } catch {
    return undefined;
  }
}
