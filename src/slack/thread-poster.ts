import type { ChatPostMessageArguments, WebClient } from "@slack/web-api";
import type { RateLimiter } from "../infra/rate-limiter.js";
import type { Logger } from "../observability/logger.js";
import type { Metrics } from "../observability/metrics.js";
import { isRateLimited, slackErrorCode } from "./slack-error.js";

export interface ThreadPoster {
  /** Queues the message behind earlier ones for the same channel; settles when Slack answered. */
  post(args: ChatPostMessageArguments): Promise<{ ts?: string }>;
  /** Messages queued or being sent. */
  pending(): number;
  /** Resolves once every queue is empty (at shutdown, after the listeners stopped). */
  drain(): Promise<void>;
}

interface Job {
  args: ChatPostMessageArguments;
  resolve(result: { ts?: string }): void;
  reject(error: unknown): void;
}

const MAX_ATTEMPTS = 5;
const ROTATED = new Set(["invalid_auth", "token_revoked", "token_expired"]);
const DEFAULT_MAX_QUEUE_PER_CHANNEL = 500;
const METHOD = "chat.postMessage";

/**
 * Background posting for alert threads. Slack allows about one chat.postMessage per second per
 * channel, so each channel gets its own FIFO queue paced at `postsPerSecondPerChannel`, channels
 * run in parallel, and a 429 waits Retry-After and sends the same message again (the client must
 * be built with `rejectRateLimitedCalls: true`, so the waiting happens here, per channel).
 * Interactive answers never go through this, so an alert storm cannot delay them.
 */
export function createThreadPoster(options: {
  client: WebClient;
  postsPerSecondPerChannel: number;
  logger: Logger;
  metrics?: Metrics;
  /** A full queue refuses new messages instead of growing without bound during a storm. */
  maxQueuePerChannel?: number;
  /**
   * A fresh bot token when Slack refuses the one a message carries (rotated in Secrets Manager
   * while the message waited): the post is sent once more with it instead of being lost, since
   * its event is already claimed and Slack's retry of it would be skipped.
   */
  renewToken?: () => Promise<string | undefined>;
  /**
   * Slack's limit is per app and channel, not per replica: with several replicas each post also
   * takes a token from the channel's bucket that they share (see RateLimiterFactory).
   */
  pace?: (channel: string) => RateLimiter;
  sleep?: (ms: number) => Promise<void>;
}): ThreadPoster {
  const { client, logger, metrics } = options;
  const sleep = options.sleep ?? ((ms) => new Promise<void>((r) => setTimeout(r, ms)));
  const spacingMs = 1000 / options.postsPerSecondPerChannel;
  const maxQueue = options.maxQueuePerChannel ?? DEFAULT_MAX_QUEUE_PER_CHANNEL;
  const queues = new Map<string, Job[]>();
  let count = 0;
  let drainWaiters: Array<() => void> = [];

  async function send(first: ChatPostMessageArguments): Promise<{ ts?: string }> {
    let args = first;
    let renewed = false;
    for (let attempt = 1; ; attempt++) {
      try {
        // Every attempt, a retry after a 429 too, takes its turn in the shared bucket.
        await options.pace?.(String(args.channel)).acquire(undefined, { background: true });
        const result = await client.chat.postMessage(args);
        return { ts: result.ts };
      } catch (error) {
        const code = slackErrorCode(error);
        metrics?.slackApiErrors.inc({ method: METHOD, error: code });
        if (ROTATED.has(code) && !renewed && options.renewToken) {
          renewed = true;
          const token = await options.renewToken();
          if (token && token !== args.token) {
            args = { ...args, token };
            continue;
          }
        }
        if (!isRateLimited(error) || attempt >= MAX_ATTEMPTS) throw error;
        logger.warn(
          { channel: args.channel, retryAfter: error.retryAfter, attempt },
          "alert thread post rate limited, waiting Retry-After",
        );
        await sleep(error.retryAfter * 1000);
      }
    }
  }

  function settled(): void {
    count -= 1;
    if (count > 0) return;
    for (const resolve of drainWaiters) resolve();
    drainWaiters = [];
  }

  // The queue stays in the map while its worker runs, including the pause after the last post,
  // so a message that arrives during that pause is still spaced from the previous one.
  async function run(channel: string, queue: Job[]): Promise<void> {
    for (let job = queue[0]; job; job = queue[0]) {
      try {
        job.resolve(await send(job.args));
      } catch (error) {
        job.reject(error);
      }
      queue.shift();
      settled();
      await sleep(spacingMs);
    }
    queues.delete(channel);
  }

  return {
    post(args) {
      return new Promise((resolve, reject) => {
        const queue = queues.get(args.channel);
        if (queue && queue.length >= maxQueue) {
          metrics?.slackApiErrors.inc({ method: METHOD, error: "queue_full" });
          logger.warn({ channel: args.channel, queued: queue.length }, "alert thread queue full");
          reject(new Error(`Alert thread queue for channel ${args.channel} is full`));
          return;
        }
        count += 1;
        if (queue) {
          queue.push({ args, resolve, reject });
          return;
        }
        const fresh = [{ args, resolve, reject }];
        queues.set(args.channel, fresh);
        void run(args.channel, fresh);
      });
    },
    pending: () => count,
    drain: () => (count === 0 ? Promise.resolve() : new Promise<void>((r) => drainWaiters.push(r))),
  };
}
