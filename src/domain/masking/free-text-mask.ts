import type { ContactRecord } from "../contact-record.js";
import { type MaskPolicy, maskSpans } from "./mask-spans.js";

export type { MaskPolicy } from "./mask-spans.js";

/** Longer than any number or email address, so one begun before a cut is read whole. */
const OVERRUN = 400;

/**
 * Free text with every payment card number masked (always), and unless `policy.endpoints` is
 * off, every phone number and email address too, each showing its last 4 digits. Ids, order
 * numbers, UUIDs, ARNs, dates, times and durations stay as they are. With `keep`, only about the
 * first `keep` characters come back (cut with "…"): a 40,000-character value costs what its
 * first few hundred do when only those are shown.
 */
export function maskFreeText(text: string, policy: MaskPolicy, keep = Infinity): string {
  const cut = text.length > keep + OVERRUN;
  const read = cut ? text.slice(0, keep + OVERRUN) : text;
  let out = "";
  let at = 0;
  for (const span of maskSpans(read, policy)) {
    if (cut && span.start >= keep) break;
    out += read.slice(at, span.start) + span.masked(read.slice(span.start, span.end));
    at = span.end;
  }
  if (cut) return `${out}${read.slice(at, Math.max(at, keep))}…`;
  return at === 0 ? read : out + read.slice(at);
}

/** A contact field as `maskFreeText` leaves it when it is text; anything else as it is. */
export function maskedValue(value: unknown, policy: MaskPolicy, keep?: number): unknown {
  return typeof value === "string" ? maskFreeText(value, policy, keep) : value;
}

const TIME_WORDS = ["time", "date", "stamp", "epoch", "expir"];
const EPOCH_LIKE = /^\d{9,13}(?:\.\d{1,6})?$/;

/** "StartTime", "created_at", "expiresAt": a field whose number is a moment, not a phone number. */
export function isTimeField(key: string): boolean {
  const lower = key.toLowerCase();
  return (
    TIME_WORDS.some((word) => lower.includes(word)) || lower.endsWith("_at") || /[a-z]At$/.test(key)
  );
}

/** A value of a named field (attribute, tag, flow parameter): an epoch in a time field is left alone. */
export function maskField(key: string, value: unknown, policy: MaskPolicy, keep?: number): unknown {
  if (typeof value !== "string") return value;
  const moment = isTimeField(key) && EPOCH_LIKE.test(value.trim());
  return moment ? value : maskFreeText(value, policy, keep);
}

/** The policy a contact message renders with. */
export function contactMask(
  record: ContactRecord,
  options: { maskEndpoints: boolean },
): MaskPolicy {
  const address = record.contact.CustomerEndpoint?.Address;
  return {
    endpoints: options.maskEndpoints,
    ...(typeof address === "string" && { customerAddress: address }),
  };
}
