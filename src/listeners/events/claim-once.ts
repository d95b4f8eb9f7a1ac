import type { Deps } from "../../deps.js";

/** Longer than Slack's retry window (three retries over about five minutes). */
const CLAIM_TTL_SECONDS = 10 * 60;

/**
 * Claims each key atomically in the shared cache (`SET NX`); true only for the first claimant, so
 * a retried event — or the same event delivered to two replicas sharing Redis — is handled once.
 */
export async function claimOnce(
  deps: Pick<Deps, "cache" | "metrics">,
  keys: readonly string[],
): Promise<boolean> {
  for (const key of keys) {
    if (!(await deps.cache.setIfAbsent(`dedupe:${key}`, "1", CLAIM_TTL_SECONDS))) {
      deps.metrics.dedupedEvents.inc({ reason: key.split(":")[0] ?? "event" });
      return false;
    }
  }
  return true;
}
