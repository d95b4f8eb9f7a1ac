import type { WebClientOptions } from "@slack/web-api";
import type { Logger } from "../logger.js";
import { boltLogger } from "./bolt-logger.js";

/**
 * Interactive calls answer a person who is waiting: two quick retries of network errors and 5xx,
 * then fail. Background calls (alert threads) can wait longer.
 */
const INTERACTIVE_RETRIES = { retries: 2, factor: 2, minTimeout: 100, maxTimeout: 500 };
const BACKGROUND_RETRIES = {
  retries: 4,
  factor: 2,
  minTimeout: 1000,
  maxTimeout: 15_000,
  randomize: true,
};

/**
 * Bolt's `respond()` posts to response_url with the client options' `fetch` and no timeout of its
 * own; a response_url that never answers would hold the listener (and shutdown) forever. Calls
 * that bring their own signal (the WebClient's) keep it.
 */
function timedFetch(timeoutMs: number): typeof fetch {
  return (input, init) =>
    fetch(input, { ...init, signal: init?.signal ?? AbortSignal.timeout(timeoutMs) });
}

/**
 * Options for every WebClient the bot builds (pass a fresh object each time: Bolt's App writes
 * its own logger into the clientOptions it is given). Rate-limited calls are always rejected with
 * a WebAPIRateLimitedError instead of retried inside the client: the client's own handling pauses
 * its whole request queue for Retry-After, which would stall every other answer; the thread
 * poster waits per channel instead, and an interactive answer fails fast.
 */
export function webClientOptions(options: {
  apiUrl?: string;
  timeoutMs: number;
  logger: Logger;
  background?: boolean;
}): WebClientOptions {
  const { apiUrl, timeoutMs, logger, background = false } = options;
  return {
    ...(apiUrl ? { slackApiUrl: apiUrl.endsWith("/") ? apiUrl : `${apiUrl}/` } : {}),
    timeout: timeoutMs,
    fetch: timedFetch(timeoutMs),
    retryConfig: { ...(background ? BACKGROUND_RETRIES : INTERACTIVE_RETRIES) },
    rejectRateLimitedCalls: true,
    logger: boltLogger(logger),
  };
}
