/** Slack's own limit for a message's text: no text from outside needs more to be understood. */
export const MAX_TEXT = 40_000;

// Control characters other than tab and line breaks carry no meaning in an alert, a command or a
// name; a space keeps the words on either side apart.
const CONTROL = /[^\P{Cc}\t\n\r]/gu;

/**
 * Text from outside (Slack messages, commands, form input, contact attributes, flow logs, names)
 * as the parsers may see it: a string, at most `max` UTF-16 units (never half a surrogate pair),
 * control characters replaced by spaces. Not Unicode-normalised on purpose: NFC/NFKC take
 * quadratic time on long runs of combining marks (40,000 of them: seconds).
 */
export function boundedText(text: unknown, max = MAX_TEXT): string {
  if (typeof text !== "string") return "";
  let cut = Math.min(text.length, max);
  const last = text.charCodeAt(cut - 1);
  if (cut < text.length && last >= 0xd800 && last <= 0xdbff) cut -= 1;
  return text.slice(0, cut).replace(CONTROL, " ");
}
