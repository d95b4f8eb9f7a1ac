import { WebClient } from "@slack/web-api";
import { afterEach, describe, expect, it } from "vitest";
import { createLogger } from "../../src/observability/logger.js";
import { createMetrics } from "../../src/observability/metrics.js";
import { createThreadPoster } from "../../src/slack/thread-poster.js";
import { webClientOptions } from "../../src/slack/web-client-options.js";
import { type FakeSlack, type SlackCall, startFakeSlack } from "../support/fake-slack.js";
import { logCapture } from "../support/log-capture.js";

const logger = createLogger({ level: "warn", destination: logCapture() });
let slack: FakeSlack | undefined;

afterEach(async () => {
  await slack?.stop();
  slack = undefined;
});

/** Against a fake Slack that allows `slackLimit` (default 1) posts per second per channel, then 429s. */
async function setup(options: {
  rate: number;
  slackLimit?: number;
  maxQueuePerChannel?: number;
  sleep?: (ms: number) => Promise<void>;
  renewToken?: () => Promise<string | undefined>;
}) {
  slack = await startFakeSlack({ rateLimitPerChannel: options.slackLimit ?? 1 });
  const clientOptions = webClientOptions({
    apiUrl: `${slack.url}/api`,
    timeoutMs: 2000,
    logger,
    background: true,
  });
  const metrics = createMetrics();
  const threadPoster = createThreadPoster({
    client: new WebClient("xoxb-test", clientOptions),
    postsPerSecondPerChannel: options.rate,
    logger,
    metrics,
    maxQueuePerChannel: options.maxQueuePerChannel,
    sleep: options.sleep,
    renewToken: options.renewToken,
  });
  return { threadPoster, metrics, slack };
}

const post = (channel: string, text: string) => ({ channel, thread_ts: "1700000000.000100", text });
const texts = (calls: SlackCall[]) => calls.map((call) => call.args.text);
const limitedCalls = (calls: SlackCall[]) => calls.filter((call) => call.error === "ratelimited");

/** Each 429 was followed by the same message again, no sooner than Retry-After (1 s). */
function expectRetryAfterHonoured(calls: SlackCall[]): void {
  for (const limited of limitedCalls(calls)) {
    const retry = calls.find((c) => c.at > limited.at && c.args.text === limited.args.text);
    expect(retry!.at - limited.at).toBeGreaterThanOrEqual(1000);
  }
}

describe("createThreadPoster", () => {
  it("paces each channel at 1/s, runs channels in parallel, honours 429 and loses nothing", async () => {
    const { threadPoster, slack } = await setup({ rate: 1 });
    slack.failNext("chat.postMessage", { status: 429, retryAfter: 1 });
    const results = ["A", "B"].flatMap((channel) =>
      Array.from({ length: 5 }, (_, i) => threadPoster.post(post(`C${channel}`, `${channel}${i}`))),
    );
    expect(threadPoster.pending()).toBe(10);
    await threadPoster.drain();
    expect(threadPoster.pending()).toBe(0);

    const settled = await Promise.all(results);
    expect(new Set(settled.map((result) => result.ts)).size).toBe(10);
    for (const channel of ["A", "B"]) {
      const delivered = slack.postsTo(`C${channel}`);
      expect(texts(delivered)).toEqual([0, 1, 2, 3, 4].map((i) => `${channel}${i}`));
      for (let i = 1; i < delivered.length; i++) {
        expect(delivered[i]!.at - delivered[i - 1]!.at).toBeGreaterThanOrEqual(990);
      }
    }
    // Paced, so the only 429 is the forced one, and its message went again after Retry-After.
    expect(limitedCalls(slack.calls)).toHaveLength(1);
    expect(slack.rateLimited).toBe(0);
    expectRetryAfterHonoured(slack.calls);
    // In parallel, not one channel after the other: each channel's first post reached Slack
    // before the other channel's last one (one queue would have sent all of A, then all of B).
    const [a, b] = [slack.postsTo("CA"), slack.postsTo("CB")];
    expect(slack.calls.indexOf(b[0]!)).toBeLessThan(slack.calls.indexOf(a.at(-1)!));
    expect(slack.calls.indexOf(a[0]!)).toBeLessThan(slack.calls.indexOf(b.at(-1)!));
  });

  it("waits Retry-After whenever it posts faster than Slack allows", async () => {
    const { threadPoster, metrics, slack } = await setup({ rate: 4 });
    const messages = ["x0", "x1", "x2"];
    await Promise.all(messages.map((text) => threadPoster.post(post("CX", text))));
    expect(texts(slack.postsTo("CX"))).toEqual(messages);
    expect(slack.rateLimited).toBeGreaterThan(0);
    expectRetryAfterHonoured(slack.calls);
    expect((await metrics.render()).body).toMatch(
      /ccb_slack_api_errors_total\{method="chat.postMessage",error="ratelimited"\} [1-9]/,
    );
  });

  it("fails a message Slack refuses without retrying it, and goes on with the queue", async () => {
    const { threadPoster, metrics, slack } = await setup({ rate: 50, slackLimit: 0 });
    slack.failNext("chat.postMessage", "channel_not_found");
    const bad = threadPoster.post(post("CY", "bad"));
    const good = threadPoster.post(post("CY", "good"));
    await expect(bad).rejects.toMatchObject({ data: { error: "channel_not_found" } });
    await expect(good).resolves.toEqual({ ts: expect.any(String) });
    expect(texts(slack.calls)).toEqual(["bad", "good"]);
    expect((await metrics.render()).body).toContain(
      'ccb_slack_api_errors_total{method="chat.postMessage",error="channel_not_found"} 1',
    );
  });

  it("sends a message once more with a renewed token when Slack refuses the rotated one", async () => {
    let renewals = 0;
    const { threadPoster, slack } = await setup({
      rate: 50,
      slackLimit: 0,
      renewToken: async () => {
        renewals += 1;
        return "xoxb-rotated";
      },
    });
    slack.setValidTokens(["xoxb-rotated"]);
    await expect(threadPoster.post({ ...post("CZ", "alert"), token: "xoxb-old" })).resolves.toEqual(
      {
        ts: expect.any(String),
      },
    );
    expect(slack.calls.map((call) => call.token)).toEqual(["xoxb-old", "xoxb-rotated"]);
    expect(renewals).toBe(1);
  });

  it("gives up after five rate-limited attempts, having waited Retry-After between them", async () => {
    const waits: number[] = [];
    const { threadPoster, slack } = await setup({
      rate: 1,
      sleep: async (ms) => {
        waits.push(ms);
      },
    });
    slack.failNext("chat.postMessage", { status: 429, retryAfter: 7 }, 5);
    await expect(threadPoster.post(post("CZ", "storm"))).rejects.toMatchObject({
      code: "slack_webapi_rate_limited_error",
      retryAfter: 7,
    });
    expect(slack.calls).toHaveLength(5);
    expect(waits.slice(0, 4)).toEqual([7000, 7000, 7000, 7000]);
  });

  it("refuses new messages when a channel's queue is full", async () => {
    const { threadPoster } = await setup({ rate: 50, slackLimit: 0, maxQueuePerChannel: 2 });
    const queued = [threadPoster.post(post("CQ", "1")), threadPoster.post(post("CQ", "2"))];
    await expect(threadPoster.post(post("CQ", "3"))).rejects.toThrow(
      /queue for channel CQ is full/,
    );
    await expect(threadPoster.post(post("CR", "other channel"))).resolves.toHaveProperty("ts");
    await expect(Promise.all(queued)).resolves.toHaveLength(2);
  });

  it("drains at once when nothing is queued", async () => {
    const { threadPoster } = await setup({ rate: 1 });
    await expect(threadPoster.drain()).resolves.toBeUndefined();
  });
});
