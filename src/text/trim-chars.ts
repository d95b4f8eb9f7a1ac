/**
 * `text` without any of `chars` at its start and end (`end` only: at its end). A loop, not a
 * regex: `/[…]+$/` retries at every position of a long run and takes quadratic time.
 */
export function trimChars(text: string, chars: string, only?: "end"): string;
export function trimChars(
  text: string | undefined,
  chars: string,
  only?: "end",
): string | undefined;
export function trimChars(text: string | undefined, chars: string, only?: "end") {
  if (text === undefined) return undefined;
  let start = 0;
  let end = text.length;
  if (only !== "end") while (start < end && chars.includes(text.charAt(start))) start += 1;
  while (end > start && chars.includes(text.charAt(end - 1))) end -= 1;
  return text.slice(start, end);
}
