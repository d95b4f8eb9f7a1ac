import type { ContactRecord } from "../src/domain/contact-record.js";
import { contactMask, maskFreeText } from "../src/domain/masking/free-text-mask.js";
import type { RenderOptions } from "./render-options.js";

/**
 * How free text about a contact (a deletion reason, an evaluator's note) is shown: card numbers
 * always masked, phone numbers, email addresses and the customer's own address too unless
 * MASK_CUSTOMER_ENDPOINTS is off (or the message is public). Escaping is still the caller's (md).
 */
export function freeTextMask(
  record: ContactRecord,
  options: RenderOptions,
): (text: string) => string {
  const policy = contactMask(record, options);
  return (text) => maskFreeText(text, policy);
}
