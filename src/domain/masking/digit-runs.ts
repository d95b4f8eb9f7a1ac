/**
 * A hand-written scanner for numbers written with separators ("+1 (415) 555-0123",
 * "4111-1111-1111-1111"). A regex for "digits with optional separators" backtracks on long runs
 * of digits and spaces; this reads every character a bounded number of times, so 40,000
 * characters of hostile text cost no more than 40,000 ordinary ones.
 */

/** Digits at [start, end) of the text. */
export interface DigitGroup {
  start: number;
  end: number;
}

/** Digit groups joined by short separators; `plus` when a "+" opens the first one. */
export interface DigitRun {
  plus: boolean;
  groups: DigitGroup[];
}

const SEPARATORS = " \u00a0\u2009\u202f-\u2013.()";
/** Longest separator between two groups: ") - " in "(415) - 555". */
const MAX_GAP = 3;
/** Characters that join a number to the word before or after it: "A-10042", "…/contact/4155…". */
const JOINERS = "-./_";
const UUID_LENGTH = 36;
const UUID_DASHES = new Set([8, 13, 18, 23]);
/** Where an ARN stops: the characters that end a token in text, JSON or mrkdwn. */
const ARN_STOP = " \t\r\n\"'<>|,;()[]{}\\`";

const WORD = /^[\p{L}\p{N}_]$/u;

export const isDigit = (c: string | undefined): boolean => c !== undefined && c >= "0" && c <= "9";
/** A letter, digit or underscore; ASCII without the Unicode regex, as it is most of every text. */
export function isWord(c: string | undefined): boolean {
  if (c === undefined) return false;
  const code = c.charCodeAt(0);
  if (code >= 128) return WORD.test(c);
  return (
    (code >= 48 && code <= 57) ||
    (code >= 65 && code <= 90) ||
    (code >= 97 && code <= 122) ||
    code === 95
  );
}
const isHex = (c: string | undefined): boolean =>
  isDigit(c) || (c !== undefined && ((c >= "a" && c <= "f") || (c >= "A" && c <= "F")));

/** The end of a UUID starting at `i`, if one does: ids are never numbers to mask. */
function uuidEnd(text: string, i: number): number | undefined {
  if (i + UUID_LENGTH > text.length || isWord(text[i + UUID_LENGTH])) return undefined;
  for (let k = 0; k < UUID_LENGTH; k += 1) {
    const c = text[i + k];
    if (UUID_DASHES.has(k) ? c !== "-" : !isHex(c)) return undefined;
  }
  return i + UUID_LENGTH;
}

/** The end of an ARN starting at `i` (its account id is twelve digits, not a phone number). */
function arnEnd(text: string, i: number): number | undefined {
  if (!text.startsWith("arn:", i)) return undefined;
  let end = i;
  while (end < text.length && !ARN_STOP.includes(text[end]!)) end += 1;
  return end;
}

/** Where scanning goes on after a token that holds digits but no number: a UUID or an ARN. */
function afterToken(text: string, i: number): number {
  if (!isHex(text[i]) || isWord(text[i - 1])) return i;
  return uuidEnd(text, i) ?? arnEnd(text, i) ?? i;
}

/** The groups from `from` (a digit) on, while a short run of separators leads to more digits. */
function readGroups(text: string, from: number): { groups: DigitGroup[]; digits: number } {
  const groups: DigitGroup[] = [];
  let digits = 0;
  let k = from;
  for (;;) {
    const start = k;
    while (isDigit(text[k])) k += 1;
    groups.push({ start, end: k });
    digits += k - start;
    let next = k;
    while (next - k < MAX_GAP && next < text.length && SEPARATORS.includes(text[next]!)) next += 1;
    if (next === k || !isDigit(text[next])) return { groups, digits };
    k = next;
  }
}

/** Every run of at least `minDigits` digits in the text, left to right, UUIDs and ARNs skipped. */
export function digitRuns(text: string, minDigits: number): DigitRun[] {
  const runs: DigitRun[] = [];
  let i = 0;
  while (i < text.length) {
    const skipped = afterToken(text, i);
    if (skipped > i) {
      i = skipped;
      continue;
    }
    const c = text[i];
    const plus = c === "+" && isDigit(text[i + 1]);
    const first = plus || (c === "(" && isDigit(text[i + 1])) ? i + 1 : i;
    if (!isDigit(text[first])) {
      i += 1;
      continue;
    }
    const { groups, digits } = readGroups(text, first);
    if (digits >= minDigits) runs.push({ plus, groups });
    i = groups.at(-1)!.end;
  }
  return runs;
}

/** "\n4155550123" in a JSON log line: the letter belongs to the escape, not to the number. */
const escaped = (text: string, at: number): boolean =>
  text[at - 1] === "\\" && "ntr".includes(text[at] ?? "");

/**
 * True when the number starting at `start` continues a word: "A10042", and unless `direct`, also
 * across a joiner: "A-10042", "…-123456789012".
 */
export function gluedBefore(text: string, start: number, direct = false): boolean {
  const p = text[start - 1];
  if (p === undefined || escaped(text, start - 1)) return false;
  if (isWord(p)) return true;
  return !direct && JOINERS.includes(p) && isWord(text[start - 2]);
}

/**
 * True when the number ending before `end` runs on into a word, and unless `direct`, also across
 * a joiner or colon: "…012:instance", a time "10:00".
 */
export function gluedAfter(text: string, end: number, direct = false): boolean {
  const a = text[end];
  if (a === undefined) return false;
  if (isWord(a)) return true;
  return !direct && (JOINERS.includes(a) || a === ":") && isWord(text[end + 1]);
}
