import { isWord } from "./digit-runs.js";

/** An email address at [start, end) of the text. */
export interface EmailSpan {
  start: number;
  end: number;
}

const LOCAL_EXTRA = "._%+-";
const isLocal = (c: string | undefined): boolean =>
  isWord(c) || (c !== undefined && LOCAL_EXTRA.includes(c));
const isDomain = (c: string | undefined): boolean =>
  c !== undefined && c !== "_" && (isWord(c) || c === "-" || c === ".");
const isLetter = (c: string): boolean => /^\p{L}$/u.test(c);

/** The end of the domain after the "@" at `at`, if it is one: labels and a top-level of 2+ letters. */
function domainEnd(text: string, at: number): number | undefined {
  let end = at + 1;
  while (isDomain(text[end])) end += 1;
  // A sentence's full stop or a dash after the address is not part of it.
  while (end > at + 1 && ".-".includes(text[end - 1]!)) end -= 1;
  let dot = end - 1;
  while (dot > at && text[dot] !== ".") dot -= 1;
  if (dot <= at + 1 || end - dot - 1 < 2) return undefined;
  for (let k = dot + 1; k < end; k += 1) if (!isLetter(text[k]!)) return undefined;
  return end;
}

/**
 * Every email address in the text, without a regex: from each "@", the local part to the left and
 * the domain to the right. Neither side reads past the next "@", so each character is read at
 * most twice whatever the text.
 */
export function emailSpans(text: string): EmailSpan[] {
  const spans: EmailSpan[] = [];
  let floor = 0;
  for (let at = text.indexOf("@"); at >= 0; at = text.indexOf("@", at + 1)) {
    let start = at;
    while (start > floor && isLocal(text[start - 1])) start -= 1;
    while (start < at && text[start] === ".") start += 1;
    const end = start < at ? domainEnd(text, at) : undefined;
    if (end !== undefined) {
      spans.push({ start, end });
      floor = end;
    }
  }
  return spans;
}
