import { maskContactDetails } from "./mask.js";
import type { ContactRecord, RenderOptions } from "./model.js";

/**
 * How free text about a contact (flow log parameters, a deletion reason, an evaluator's note) is
 * shown: with phone numbers, email addresses and the customer's own address masked, unless
 * MASK_CUSTOMER_ENDPOINTS is off. Escaping is still the caller's (md).
 */
export function freeTextMask(
  record: ContactRecord,
  options: Pick<RenderOptions, "maskEndpoints">,
): (text: string) => string {
  const customer = record.contact.CustomerEndpoint?.Address;
  return options.maskEndpoints ? (text) => maskContactDetails(text, customer) : (text) => text;
}
