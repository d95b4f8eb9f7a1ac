import { maskEndpoint } from "../masking/mask.js";
import { InvalidSearchError, PhoneSearchNotSetUpError } from "../request-errors.js";

/** Digits with the separators people write numbers with; no letters, no second "+". */
const WRITTEN = /^\+?[\d\s().-]+$/;
/** E.164: a country code that does not start with 0, at most 15 digits in all. */
const E164_DIGITS = /^[1-9]\d{6,14}$/;

export type PhoneReading = { e164: string } | { problem: "no_country_code" | "not_a_number" };

/**
 * A number as people write it — "+1 415 555 0123", "+44 (20) 7946-0958", "0044 20 7946 0958" —
 * in E.164 ("+14155550123"), the form Amazon Connect stores a caller's number in. A number without
 * its country code cannot be read: which country would it be?
 */
export function readPhoneNumber(text: string): PhoneReading {
  const written = text.trim();
  if (!WRITTEN.test(written)) return { problem: "not_a_number" };
  const digits = written.replace(/\D/g, "");
  const international = written.startsWith("+")
    ? digits
    : written.startsWith("00")
      ? digits.slice(2)
      : undefined;
  if (international === undefined) return { problem: "no_country_code" };
  return E164_DIGITS.test(international)
    ? { e164: `+${international}` }
    : { problem: "not_a_number" };
}

/**
 * `phone:` as the searchable attribute that holds it (SEARCH_PHONE_ATTRIBUTE) and the number in
 * E.164. Throws PhoneSearchNotSetUpError without the setting, and InvalidSearchError quoting the
 * number masked, as any customer number is, when it cannot be read.
 */
export function phoneCriterion(
  value: string,
  phoneAttribute: string | undefined,
): { key: string; number: string } {
  if (!phoneAttribute) throw new PhoneSearchNotSetUpError();
  const reading = readPhoneNumber(value);
  if ("e164" in reading) return { key: phoneAttribute, number: reading.e164 };
  throw new InvalidSearchError(
    `phone:${maskEndpoint(value, "TELEPHONE_NUMBER")}`,
    reading.problem === "no_country_code"
      ? "write the number with its country code, as in phone:+1 415 555 0123"
      : "that is not a phone number",
  );
}
