import { CliError, EXIT } from "./cli-error.js";

// Their keys are the customer's or the flow's own, so a key ending in "Timestamp" is data.
const USER_MAPS = new Set(["Attributes", "SegmentAttributes", "Tags"]);
const ISO_DATE = /^\d{4}-\d{2}-\d{2}/;
const EPOCH = /^\d+(\.\d+)?$/;

function toDate(value: unknown, path: string): Date {
  let date: Date | undefined;
  if (typeof value === "number") date = new Date(value * 1000);
  else if (typeof value === "string" && EPOCH.test(value)) date = new Date(Number(value) * 1000);
  // Only ISO-looking strings: Date.parse alone takes "1" for the year 2001.
  else if (typeof value === "string" && ISO_DATE.test(value)) date = new Date(value);
  if (date === undefined || Number.isNaN(date.getTime())) {
    throw new CliError(`${path} is not a timestamp: ${JSON.stringify(value)}`, EXIT.badInput);
  }
  return date;
}

/**
 * Turns every `…Timestamp` field into a Date, as the SDK would: the AWS CLI prints them as
 * ISO-8601 strings (or, with `--cli-timestamp-format none` and in wire captures, epoch seconds),
 * and the renderers expect Dates. `null` timestamps are dropped like absent ones.
 */
export function reviveTimestamps(value: unknown, path = "Contact"): unknown {
  if (Array.isArray(value)) return value.map((item, i) => reviveTimestamps(item, `${path}[${i}]`));
  if (value === null || typeof value !== "object") return value;
  const out: Record<string, unknown> = {};
  for (const [key, item] of Object.entries(value)) {
    const at = `${path}.${key}`;
    if (key.endsWith("Timestamp")) {
      if (item !== null && item !== undefined) out[key] = toDate(item, at);
    } else {
      out[key] = USER_MAPS.has(key) ? item : reviveTimestamps(item, at);
    }
  }
  return out;
}
