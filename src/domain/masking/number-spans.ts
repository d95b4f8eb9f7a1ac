import {
  type DigitGroup,
  type DigitRun,
  digitRuns,
  gluedAfter,
  gluedBefore,
} from "./digit-runs.js";
import { luhnOf } from "./luhn.js";

/** A number to mask at [start, end) of the text. */
export interface NumberSpan {
  start: number;
  end: number;
  kind: "card" | "phone";
}

const CARD = { min: 13, max: 19 };
/** E.164 allows 15 digits; a national number has at least 10 ("020 7946 0958", "415 555 0123"). */
const PHONE = { min: 10, max: 15, minWithPlus: 8 };
/** Card numbers are written with single spaces or dashes between groups, never dots. */
const CARD_JOINS = " \u00a0-";

const size = (group: DigitGroup): number => group.end - group.start;

/** Consecutive groups a..b of a run, `digits` long. */
type Accept = (a: number, b: number, digits: number) => boolean;

/**
 * Windows [a, b] of consecutive groups, left to right, each the widest one from its first group
 * that `accept` takes; a window holds `min` to `max` digits, so each group is looked at a bounded
 * number of times however long the run. `opens` rules out a first group once for all its windows.
 * Windows do not overlap unless `overlapping`, which looks for one from every group.
 */
function windows(
  groups: readonly DigitGroup[],
  { min, max }: { min: number; max: number },
  opens: (a: number) => boolean,
  accept: Accept,
  overlapping = false,
): [number, number][] {
  const found: [number, number][] = [];
  let a = 0;
  while (a < groups.length) {
    let b = a - 1;
    let digits = 0;
    while (b + 1 < groups.length && digits + size(groups[b + 1]!) <= max) {
      b += 1;
      digits += size(groups[b]!);
    }
    if (!opens(a)) digits = 0;
    while (b >= a && digits >= min && !accept(a, b, digits)) {
      digits -= size(groups[b]!);
      b -= 1;
    }
    const taken = b >= a && digits >= min;
    if (taken) found.push([a, b]);
    a = taken && !overlapping ? b + 1 : a + 1;
  }
  return found;
}

/** counts[g] = how many of the gaps before group g are not `good`; a..b has none when equal. */
function badGaps(groups: readonly DigitGroup[], good: (g: number) => boolean): Int32Array {
  const counts = new Int32Array(groups.length);
  for (let g = 1; g < groups.length; g += 1) counts[g] = counts[g - 1]! + (good(g) ? 0 : 1);
  return counts;
}

function cardWindows(text: string, groups: readonly DigitGroup[]): [number, number][] {
  const bad = badGaps(groups, (g) => {
    const gap = groups[g]!.start - groups[g - 1]!.end;
    return gap === 1 && CARD_JOINS.includes(text[groups[g - 1]!.end]!);
  });
  const luhn = luhnOf(text, groups);
  // Only a letter or digit right beside it makes it part of something else: a card is masked
  // even in "card:4111…" or "A-4111…".
  const found = windows(
    groups,
    CARD,
    (a) => !gluedBefore(text, groups[a]!.start, true),
    (a, b) => bad[a] === bad[b] && !gluedAfter(text, groups[b]!.end, true) && luhn(a, b),
    true,
  );
  // Which of two overlapping windows is the card cannot be told ("1234 4111 1111 1111 1111"
  // has two that pass Luhn one time in ten), so both are masked, as one.
  const merged: [number, number][] = [];
  for (const [a, b] of found) {
    const last = merged.at(-1);
    if (last && a <= last[1]) last[1] = Math.max(last[1], b);
    else merged.push([a, b]);
  }
  return merged;
}

/** Where the number written from group a starts: its "+" or "(" included. */
function startOf(text: string, run: DigitRun, a: number): number {
  const { start } = run.groups[a]!;
  return (a === 0 && run.plus) || text[start - 1] === "(" ? start - 1 : start;
}

function phoneWindows(text: string, run: DigitRun, cards: [number, number][]): [number, number][] {
  const { groups } = run;
  const inCard = new Int32Array(groups.length + 1);
  for (const [a, b] of cards) for (let g = a; g <= b; g += 1) inCard[g + 1] = 1;
  for (let g = 1; g <= groups.length; g += 1) inCard[g]! += inCard[g - 1]!;
  const after = (g: number) => text[groups[g]!.end] ?? "";
  // "2026-12-07 …" (a year, then a month) is a date: no window from its year is a phone number.
  const dated = (a: number) =>
    a + 1 < groups.length &&
    size(groups[a]!) === 4 &&
    "-.".includes(after(a)) &&
    size(groups[a + 1]!) <= 2;
  return windows(
    groups,
    { min: run.plus ? PHONE.minWithPlus : PHONE.min, max: PHONE.max },
    (a) => !dated(a) && !gluedBefore(text, startOf(text, run, a)),
    (a, b, digits) => {
      // Nor is a decimal, such as a Slack ts "1700000001.000100".
      const decimal = b === a + 1 && groups[b]!.start - groups[a]!.end === 1 && after(a) === ".";
      return (
        (digits >= PHONE.min || (a === 0 && run.plus)) &&
        !decimal &&
        inCard[b + 1] === inCard[a] &&
        !gluedAfter(text, groups[b]!.end)
      );
    },
  );
}

/**
 * Payment card numbers (13–19 digits passing Luhn, groups joined by single spaces or dashes) and,
 * when `phones`, phone numbers (8–15 digits after a "+", else 10–15) in the text, in order. Ids
 * never match: UUIDs and ARNs are skipped, and a number glued to a word ("A-10042"), a time
 * ("10:00"), a date or a decimal is not a phone number.
 */
export function numberSpans(text: string, phones: boolean): NumberSpan[] {
  const spans: NumberSpan[] = [];
  for (const run of digitRuns(text, PHONE.minWithPlus)) {
    const { groups } = run;
    const cards = cardWindows(text, groups);
    const found: NumberSpan[] = cards.map(([a, b]) => ({
      start: groups[a]!.start,
      end: groups[b]!.end,
      kind: "card",
    }));
    for (const [a, b] of phones ? phoneWindows(text, run, cards) : []) {
      found.push({ start: startOf(text, run, a), end: groups[b]!.end, kind: "phone" });
    }
    if (phones && cards.length > 0) found.sort((x, y) => x.start - y.start);
    for (const span of found) spans.push(span);
  }
  return spans;
}
