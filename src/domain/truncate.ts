/** Slack's Block Kit limits (https://docs.slack.dev/reference/block-kit/blocks). */
export const LIMITS = {
  sectionText: 3000,
  field: 2000,
  fieldsPerSection: 10,
  header: 150,
  buttonText: 75,
  buttonValue: 2000,
  buttonUrl: 3000,
  contextElements: 10,
  contextText: 3000,
  actionsElements: 25,
  blocks: 50,
  /** Slack answers msg_blocks_too_long above roughly this many characters of blocks JSON. */
  messageChars: 12_000,
} as const;

export const ELLIPSIS = "…";

/** Cuts `text` to at most `max` characters, ending in a visible ellipsis when anything was cut. */
export function truncate(text: string, max: number): string {
  if (text.length <= max) return text;
  if (max < 1) return "";
  let cut = max - ELLIPSIS.length;
  // Never split a surrogate pair: a lone half is not valid UTF-16 text.
  if (/[\uD800-\uDBFF]/.test(text.charAt(cut - 1))) cut -= 1;
  return text.slice(0, Math.max(cut, 0)) + ELLIPSIS;
}

/**
 * Truncates mrkdwn whose contact data is already escaped without leaving half an entity (`&am…`)
 * or half a renderer-made token (`<!date^…`, `<https://…|…>`) behind: the only raw "<" in such text
 * opens a token, so a cut after an unclosed "<" backs up to before it.
 */
export function truncateEscaped(text: string, max: number): string {
  const cut = truncate(text, max);
  if (cut === text) return text;
  const body = cut.slice(0, -ELLIPSIS.length).replace(/&(?:a|am|amp|l|lt|g|gt)?$/, "");
  const open = body.lastIndexOf("<");
  return `${open > body.lastIndexOf(">") ? body.slice(0, open) : body}${ELLIPSIS}`;
}
