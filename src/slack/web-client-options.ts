import type { WebClientOptions } from "@slack/web-api";
import type { Logger } from "../observability/logger.js";
import { boltLogger } from "./bolt-logger.js";
import { type RetryPolicy, slackFetch } from "./slack-fetch.js";

/**
 * Interactive calls answer a person who is waiting: two quick retries, then fail. Background calls
 * (alert threads) can wait longer. Either way only requests that never reached Slack (or that only
 * read) are sent again: see `slackFetch`.
 */
const INTERACTIVE_RETRIES: RetryPolicy = { retries: 2, minTimeoutMs: 100, maxTimeoutMs: 500 };
const BACKGROUND_RETRIES: RetryPolicy = { retries: 4, minTimeoutMs: 1000, maxTimeoutMs: 15_000 };

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
    // No WebClient timeout or retries: its timeout runs from the call (queueing included) and it
    // retries whatever failed, timeouts too, which can post one message twice.
    timeout: 0,
    fetch: slackFetch({ timeoutMs, retry: background ? BACKGROUND_RETRIES : INTERACTIVE_RETRIES }),
    retryConfig: { retries: 0 },
    rejectRateLimitedCalls: true,
    logger: boltLogger(logger),
  };
}
