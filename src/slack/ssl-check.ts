import { parse } from "node:querystring";

const FORM = "application/x-www-form-urlencoded";
/** Any of these makes a body a request for Bolt, which must be signed: a command, a click, an event. */
const REQUEST_FIELDS = ["command", "payload", "type", "event"];

/** The media type alone, lower-cased: `application/x-www-form-urlencoded; charset=utf-8` is a form. */
export function mediaTypeOf(contentType: string | undefined): string | undefined {
  return contentType?.split(";")[0]?.trim().toLowerCase() || undefined;
}

/**
 * Slack's unsigned ssl_check ping: a form whose only purpose is `ssl_check=1`. Anything that could
 * also be read as a request (another content type, a command, a payload, an event) is not one, and
 * must be signed like every other request; upstream Bolt's own receiver draws the same line.
 */
export function isSslCheck(rawBody: string, contentType: string | undefined): boolean {
  if (mediaTypeOf(contentType) !== FORM) return false;
  const form = parse(rawBody);
  return form.ssl_check === "1" && !REQUEST_FIELDS.some((field) => field in form);
}
