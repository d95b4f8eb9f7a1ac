import { emailSpans } from "./email-spans.js";
import { maskEndpoint } from "./mask.js";
import { numberSpans } from "./number-spans.js";

/** What to mask in text from a contact (attribute values, flow-log parameters, names, chat). */
export interface MaskPolicy {
  /** Phone numbers and email addresses too (MASK_CUSTOMER_ENDPOINTS); card numbers always. */
  endpoints: boolean;
  /** The customer's own address, masked wherever it appears however it is written. */
  customerAddress?: string;
}

/** Text at [start, end) to show as `masked` of it. */
export interface MaskSpan {
  start: number;
  end: number;
  masked: (written: string) => string;
}

const DOT = "•";
const card = (written: string): string => `${DOT.repeat(4)}${written.replace(/\D/g, "").slice(-4)}`;
const phone = (written: string): string => maskEndpoint(written, "TELEPHONE_NUMBER");
const email = (written: string): string => maskEndpoint(written, "EMAIL_ADDRESS");

function ownAddress(text: string, address: string | undefined): MaskSpan[] {
  if (!address || address.length < 5) return [];
  const spans: MaskSpan[] = [];
  const masked = () => maskEndpoint(address);
  for (let at = text.indexOf(address); at >= 0; at = text.indexOf(address, at + address.length)) {
    spans.push({ start: at, end: at + address.length, masked });
  }
  return spans;
}

/**
 * Everything to mask in the text, in order and without overlaps: the customer's own address,
 * email addresses, card numbers and phone numbers. Where two overlap, the one starting first
 * (the longer one when both start together) is kept.
 */
export function maskSpans(text: string, policy: MaskPolicy): MaskSpan[] {
  const { endpoints } = policy;
  const all: MaskSpan[] = [
    ...(endpoints ? ownAddress(text, policy.customerAddress) : []),
    ...(endpoints ? emailSpans(text).map((span) => ({ ...span, masked: email })) : []),
    ...numberSpans(text, endpoints).map((span) => ({
      ...span,
      masked: span.kind === "card" ? card : phone,
    })),
  ].sort((x, y) => x.start - y.start || y.end - x.end);
  const kept: MaskSpan[] = [];
  for (const span of all) {
    if (span.start >= (kept.at(-1)?.end ?? 0)) kept.push(span);
  }
  return kept;
}
