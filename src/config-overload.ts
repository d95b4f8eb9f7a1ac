import { type Env, num } from "./config-env.js";

export interface OverloadConfig {
  /** Slack requests being handled at once above which new ones are refused with 503. */
  maxInFlight: number;
  /** Refuse while the oldest acknowledged request has waited this long to start its work. */
  maxQueueDelayMs: number;
}

/**
 * When the bot refuses rather than queues. Slack waits 3 s for an ack and a person for the
 * answer: a request that would wait seconds behind others is better refused at once (Slack shows
 * the failure, the Events API retries elsewhere) than acked and answered too late.
 */
export function overloadConfig(env: Env): OverloadConfig {
  return {
    maxInFlight: num(env, "MAX_IN_FLIGHT", 1000, 1),
    maxQueueDelayMs: num(env, "MAX_QUEUE_DELAY_MS", 1000, 1),
  };
}
