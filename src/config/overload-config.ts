import { type Env, num } from "./env.js";

export interface OverloadConfig {
  /** Slack requests being handled at once above which new ones are refused: a memory bound. */
  maxInFlight: number;
  /** Refuse a command or click whose answer is predicted to come later than this. */
  maxAnswerDelayMs: number;
  /** Refuse an Events API request whose handling is predicted to start later than this. */
  maxEventDelayMs: number;
}

/**
 * When the bot refuses rather than queues. A refused command or click is lost (Slack never
 * retries them, the person sees "failed"), while its response_url stays valid for 30 minutes: it
 * is refused only when its answer could not come within MAX_ANSWER_DELAY_MS. Slack retries
 * events, so they are refused earlier, when they could not start within Slack's 3 s.
 */
export function overloadConfig(env: Env): OverloadConfig {
  return {
    maxInFlight: num(env, "MAX_IN_FLIGHT", 3000, 1),
    maxAnswerDelayMs: num(env, "MAX_ANSWER_DELAY_MS", 10_000, 1),
    maxEventDelayMs: num(env, "MAX_EVENT_DELAY_MS", 3000, 1),
  };
}
