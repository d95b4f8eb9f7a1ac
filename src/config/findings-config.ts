import type { FindingThresholds } from "../domain/findings/finding.js";
import { DEFAULT_FINDING_THRESHOLDS as D } from "../domain/findings/finding.js";
import { type Env, list, num } from "./env.js";

/** The "What stands out" thresholds (FINDING_*); the search's `long-wait` uses the queue wait. */
export type FindingsConfig = FindingThresholds;

/** The thresholds from FINDING_* variables, defaults in src/domain/findings/finding.ts. */
export function findingsConfig(env: Env): FindingsConfig {
  return {
    queueWaitSeconds: num(env, "FINDING_QUEUE_WAIT_SECONDS", D.queueWaitSeconds, 1),
    audioScore: num(env, "FINDING_AUDIO_SCORE", D.audioScore, 0),
    shortContactSeconds: num(env, "FINDING_SHORT_CONTACT_SECONDS", D.shortContactSeconds, 0),
    holdSeconds: num(env, "FINDING_HOLD_SECONDS", D.holdSeconds, 0),
    stuckMinutes: num(env, "FINDING_STUCK_MINUTES", D.stuckMinutes, 1),
    sentimentScore: num(env, "FINDING_SENTIMENT", D.sentimentScore, -5),
    categories: list(env, "FINDING_CATEGORIES"),
    silencePercent: num(env, "FINDING_SILENCE_PERCENT", D.silencePercent, 0),
  };
}
