import type { OverloadConfig } from "../config/overload-config.js";
import type { Logger } from "../observability/logger.js";
import type { Metrics } from "../observability/metrics.js";

export type OverloadReason = "in_flight" | "answer_delay";

/** Events API requests (Slack retries them) or commands, clicks and views (it does not). */
export type RequestKind = "event" | "interactive";

/** What the guard measures (see inFlightWork). */
export interface LoadSample {
  /** Requests being handled, events included. */
  inFlight: number;
  /** Commands, clicks and forms being handled: a person waits on each. */
  answering: number;
  /** Recent time per answer while the bot was busy (answers per unit of time): its service time. */
  msPerRequest: number;
  /** Recent time from a command's or click's arrival to the end of its work. */
  answerMs: number;
  /** The event loop's recent worst delay: how late a request arriving now would be acked. */
  loopLagMs: number;
}

/** At most one log line a second while refusing: a storm of refusals is one line, not thousands. */
const LOG_EVERY_MS = 1000;

/**
 * When a request arriving now would be answered. A command or click: after the answers in flight,
 * and no sooner than usual. An event: Slack waits only for its ack (its thread answer is paced
 * work after it), so only how late the event loop would read it.
 */
export function predictedAnswerMs(load: LoadSample, kind: RequestKind): number {
  const ack = load.loopLagMs;
  if (kind === "event") return ack;
  return Math.max(ack, load.answering * load.msPerRequest, load.answerMs);
}

/**
 * Decides, before a request is even read, whether the bot can still answer it in time, from the
 * measured service time rather than a fixed queue length or delay. Each refusal is counted
 * (`ccb_overload_refused_total`) and a warning says how many were refused.
 */
export function createOverloadGuard(options: {
  config: OverloadConfig;
  load: () => LoadSample;
  logger: Logger;
  metrics: Pick<Metrics, "overloadRefused">;
  nowMs?: () => number;
}): (kind: RequestKind) => OverloadReason | undefined {
  const { config, logger, metrics } = options;
  const now = options.nowMs ?? Date.now;
  let refused = 0;
  let loggedAt = Number.NEGATIVE_INFINITY;
  return (kind) => {
    const load = options.load();
    const { inFlight } = load;
    const predictedMs = predictedAnswerMs(load, kind);
    const limitMs = kind === "event" ? config.maxEventDelayMs : config.maxAnswerDelayMs;
    const reason: OverloadReason | undefined =
      inFlight >= config.maxInFlight
        ? "in_flight"
        : predictedMs > limitMs
          ? "answer_delay"
          : undefined;
    if (!reason) return undefined;
    metrics.overloadRefused.inc({ reason });
    refused += 1;
    if (now() - loggedAt >= LOG_EVERY_MS) {
      loggedAt = now();
      logger.warn(
        {
          reason,
          kind,
          refused,
          inFlight,
          answering: load.answering,
          msPerRequest: Math.round(load.msPerRequest * 10) / 10,
          answerMs: Math.round(load.answerMs),
          loopLagMs: Math.round(load.loopLagMs),
          predictedMs: Math.round(predictedMs),
        },
        "overloaded: refusing Slack requests with 503",
      );
      refused = 0;
    }
    return reason;
  };
}
