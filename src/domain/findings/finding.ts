import { formatSeconds } from "../duration.js";
import { toDate } from "../to-date.js";

/** Every threshold the findings use; src/config/findings-config.ts reads them from FINDING_* variables. */
export interface FindingThresholds {
  queueWaitSeconds: number;
  /** QualityScore (0–5) below which audio counts as poor. */
  audioScore: number;
  shortContactSeconds: number;
  holdSeconds: number;
  stuckMinutes: number;
  /** Contact Lens: the customer's sentiment in the last quarter (−5 to +5) at or below this. */
  sentimentScore: number;
  /** Contact Lens categories that stand out when matched (names, any case). */
  categories: readonly string[];
  /** Contact Lens: non-talk time above this share of the call (%). */
  silencePercent: number;
}

export const DEFAULT_FINDING_THRESHOLDS: Readonly<FindingThresholds> = Object.freeze({
  queueWaitSeconds: 60,
  audioScore: 3,
  shortContactSeconds: 10,
  holdSeconds: 120,
  stuckMinutes: 120,
  sentimentScore: -2,
  categories: [],
  silencePercent: 40,
});

/** Plain text, or a name/number to show in bold. Contact data: renderers escape every part. */
export type FindingPart = string | { strong: string };

/** 3 = something broke, 2 = the customer had a bad time, 1 = worth a look. */
export type Severity = 1 | 2 | 3;

export interface Finding {
  rule: string;
  severity: Severity;
  icon: string;
  parts: FindingPart[];
}

export const strong = (text: string): FindingPart => ({ strong: text });

export function finding(
  rule: string,
  severity: Severity,
  icon: string,
  parts: FindingPart[],
): Finding {
  return { rule, severity, icon, parts };
}

/** Seconds from `start` to `end`, or undefined when either is not a date or the span is negative. */
export function secondsBetween(start: unknown, end: unknown): number | undefined {
  const from = toDate(start);
  const to = toDate(end);
  if (!from || !to) return undefined;
  const seconds = (to.getTime() - from.getTime()) / 1000;
  return seconds >= 0 ? seconds : undefined;
}

/** "2m 17s", and "1m" rather than "1m 00s" for round thresholds. */
export function spoken(seconds: number): string {
  return (formatSeconds(seconds) ?? `${seconds}s`).replace(/ 00[sm]$/, "");
}
