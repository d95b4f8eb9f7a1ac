import type { OverloadConfig } from "../config-overload.js";
import type { Logger } from "../logger.js";
import type { Metrics } from "../metrics.js";

export type OverloadReason = "in_flight" | "queue_delay";

/** At most one log line a second while refusing: a storm of refusals is one line, not thousands. */
const LOG_EVERY_MS = 1000;

/**
 * Decides, before a request is even read, whether the bot can still answer it in time. Each
 * refusal is counted (`ccb_overload_refused_total`) and a warning says how many were refused.
 */
export function createOverloadGuard(options: {
  config: OverloadConfig;
  /** How long the oldest acknowledged request has waited to start its work, in ms. */
  queueDelayMs: () => number;
  logger: Logger;
  metrics: Pick<Metrics, "overloadRefused">;
  nowMs?: () => number;
}): (inFlight: number) => OverloadReason | undefined {
  const { config, logger, metrics } = options;
  const now = options.nowMs ?? Date.now;
  let refused = 0;
  let loggedAt = Number.NEGATIVE_INFINITY;
  return (inFlight) => {
    const queueDelayMs = options.queueDelayMs();
    const reason: OverloadReason | undefined =
      inFlight >= config.maxInFlight
        ? "in_flight"
        : queueDelayMs >= config.maxQueueDelayMs
          ? "queue_delay"
          : undefined;
    if (!reason) return undefined;
    metrics.overloadRefused.inc({ reason });
    refused += 1;
    if (now() - loggedAt >= LOG_EVERY_MS) {
      loggedAt = now();
      logger.warn(
        { reason, refused, inFlight, queueDelayMs: Math.round(queueDelayMs) },
        "overloaded: refusing Slack requests with 503",
      );
      refused = 0;
    }
    return reason;
  };
}
