import type { Contact } from "@aws-sdk/client-connect";
import { CliError, EXIT } from "./cli-error.js";
import { parseJson } from "./parse-json.js";
import { reviveTimestamps } from "./revive-timestamps.js";

const isObject = (value: unknown): value is Record<string, unknown> =>
  value !== null && typeof value === "object" && !Array.isArray(value);

/**
 * The Contact in a DescribeContact answer: `{"Contact": {...}}` as `aws connect describe-contact`
 * prints it, or the bare Contact object; timestamps as ISO strings or epoch seconds.
 */
export function readContact(text: string, source: string): Contact {
  const parsed = parseJson(text, source);
  const contact = isObject(parsed) && isObject(parsed.Contact) ? parsed.Contact : parsed;
  if (!isObject(contact) || typeof contact.Id !== "string" || contact.Id === "") {
    throw new CliError(
      `${source} holds no contact: expected DescribeContact's answer, {"Contact": {"Id": "…", …}}`,
      EXIT.badInput,
    );
  }
  // The shape below Id is trusted as the SDK's: renderers already tolerate missing fields.
  return reviveTimestamps(contact) as Contact;
}
