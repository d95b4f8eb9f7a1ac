import { Writable } from "node:stream";
import { afterAll, beforeAll, beforeEach } from "vitest";
import { type RunningApp, startApp } from "../../src/app.js";
import { loadConfig } from "../../src/config/config.js";
import { createLogger } from "../../src/observability/logger.js";
import { createRuntime } from "../../src/runtime.js";
import { type FakeSlack, startFakeSlack } from "../support/fake-slack.js";
import { type RedisServer, startRedis } from "../support/redis-server.js";
import {
  blockActionsBody,
  type EventCallbackOptions,
  eventCallbackBody,
  messageShortcutBody,
  postSigned,
  slashCommandBody,
} from "../support/slack-request.js";
import { type AwsEmulators, startAwsEmulators } from "./aws-emulators.js";
import { TEST_INSTANCE_ID } from "./seed.js";

export const SIGNING_SECRET = "8f742231b10e8888abcd99yyyzzz85a5";
export const BOT_TOKEN = "xoxb-1111-2222-test";

export interface HarnessOptions {
  env?: Record<string, string>;
  /** Start a private redis-server (default true); false runs the bot on its in-process cache. */
  redis?: boolean;
  /** CloudWatch Logs' own quota, enforced by the emulator. */
  logsRateLimit?: { rps: number; burst: number };
  /** Reuse fakes from another harness (two replicas sharing one Redis). */
  share?: Pick<Harness, "slack" | "connect" | "redis"> &
    Partial<Pick<Harness, "cloudWatchLogs" | "s3" | "contactLens">>;
}

export interface Harness
  extends Pick<AwsEmulators, "connect" | "cloudWatchLogs" | "s3" | "contactLens"> {
  bot: RunningApp;
  eventsUrl: string;
  baseUrl: string;
  slack: FakeSlack;
  redis?: RedisServer;
  /** Every log line the bot wrote, parsed. */
  logs: Record<string, unknown>[];
  command(
    text: string,
    opts?: { userId?: string; channelId?: string; responseUrl?: string },
  ): Promise<{ status: number; responseUrl: string }>;
  click(
    args: Omit<Parameters<typeof blockActionsBody>[0], "responseUrl"> & { responseUrl?: string },
  ): Promise<{ status: number; responseUrl: string }>;
  shortcut(
    args: Omit<Parameters<typeof messageShortcutBody>[0], "responseUrl">,
  ): Promise<{ status: number; responseUrl: string }>;
  event(
    event: Record<string, unknown>,
    opts?: EventCallbackOptions & { retryNum?: number },
  ): Promise<{ status: number }>;
  stop(): Promise<void>;
}

let counter = 0;
const nextId = (prefix: string) => `${prefix}${Date.now().toString(36)}${(counter++).toString(36)}`;

function captureLogs(): { lines: Record<string, unknown>[]; stream: Writable } {
  const lines: Record<string, unknown>[] = [];
  const stream = new Writable({
    write(chunk: Buffer, _enc, done) {
      for (const line of chunk.toString().split("\n")) {
        if (line.trim()) lines.push(JSON.parse(line) as Record<string, unknown>);
      }
      done();
    },
  });
  return { lines, stream };
}

/** The real bot, in process, on a free port, against local fakes of Slack, Connect and Redis. */
export async function startHarness(options: HarnessOptions = {}): Promise<Harness> {
  const owned = !options.share;
  const redis = options.share?.redis ?? (options.redis === false ? undefined : await startRedis());
  const slack = options.share?.slack ?? (await startFakeSlack());
  const aws = await startAwsEmulators(options);
  const { connect, cloudWatchLogs, s3, contactLens } = aws;
  const config = loadConfig({
    SLACK_SIGNING_SECRET: SIGNING_SECRET,
    SLACK_BOT_TOKEN: BOT_TOKEN,
    SLACK_API_URL: `${slack.url}/api/`,
    PORT: "0",
    CONNECT_INSTANCE_ID: TEST_INSTANCE_ID,
    AWS_REGION: "us-east-1",
    LOG_LEVEL: "debug",
    // The SDK reads the endpoint from process.env; the config, from what it is given.
    AWS_ENDPOINT_URL_S3: aws.s3Url,
    // A loaded test machine must not make the overload guard refuse the tests' own requests; the
    // overload tests set their own limits.
    MAX_ANSWER_DELAY_MS: "600000",
    MAX_EVENT_DELAY_MS: "600000",
    ...(redis ? { REDIS_URL: redis.url, REDIS_KEY_PREFIX: `${nextId("t")}:` } : {}),
    ...options.env,
  });
  const logs = captureLogs();
  const runtime = await createRuntime(
    config,
    createLogger({ level: config.logLevel, destination: logs.stream }),
  );
  const bot = await startApp(config, runtime);
  const baseUrl = `http://127.0.0.1:${bot.port}`;
  const eventsUrl = `${baseUrl}/slack/events`;
  const post = (body: string, contentType: string, retryNum?: number) =>
    postSigned(eventsUrl, body, { secret: SIGNING_SECRET, contentType, retryNum });
  const form = "application/x-www-form-urlencoded";
  return {
    bot,
    baseUrl,
    eventsUrl,
    slack,
    connect,
    cloudWatchLogs,
    s3,
    contactLens,
    redis,
    logs: logs.lines,
    async command(text, opts = {}) {
      const responseUrl = opts.responseUrl ?? slack.responseUrl(nextId("cmd"));
      const { status } = await post(slashCommandBody({ ...opts, text, responseUrl }), form);
      return { status, responseUrl };
    },
    async click(args) {
      const responseUrl = args.responseUrl ?? slack.responseUrl(nextId("act"));
      const { status } = await post(blockActionsBody({ ...args, responseUrl }), form);
      return { status, responseUrl };
    },
    async shortcut(args) {
      const responseUrl = slack.responseUrl(nextId("sc"));
      const { status } = await post(messageShortcutBody({ ...args, responseUrl }), form);
      return { status, responseUrl };
    },
    async event(event, opts = {}) {
      const body = eventCallbackBody(event, { ...opts, eventId: opts.eventId ?? nextId("Ev") });
      const { status } = await post(body, "application/json", opts.retryNum);
      return { status };
    },
    async stop() {
      await bot.stop();
      if (owned) await Promise.all([slack.stop(), redis?.stop()]);
      await aws.stop();
    },
  };
}

/** What the bot posted to one response_url, oldest first. */
export function answersTo(slack: FakeSlack, responseUrl: string): Record<string, unknown>[] {
  const id = responseUrl.split("/").at(-1);
  return slack.responses.filter((r) => r.id === id).map((r) => r.body as Record<string, unknown>);
}

/** Every string inside a message (texts of all blocks), for "does it say X" assertions. */
export function textOf(message: unknown): string {
  return JSON.stringify(message);
}

interface ButtonLike {
  type?: string;
  action_id?: string;
  value?: string;
  url?: string;
}

/** Every button in a message, by action id. */
export function buttonsOf(message: unknown): Map<string, ButtonLike> {
  const found = new Map<string, ButtonLike>();
  const blocks = (message as { blocks?: { type: string; elements?: ButtonLike[] }[] }).blocks ?? [];
  for (const block of blocks) {
    for (const element of block.type === "actions" ? (block.elements ?? []) : []) {
      if (element.action_id) found.set(element.action_id, element);
    }
  }
  return found;
}

/** Waits for the n-th answer (1-based) on a response_url. */
export function nthAnswer(
  h: Pick<Harness, "slack">,
  responseUrl: string,
  n = 1,
): Promise<Record<string, unknown>> {
  return h.slack.waitFor(() => answersTo(h.slack, responseUrl)[n - 1]);
}

/**
 * One harness for a test file: started before its tests, stopped after them, and its fakes'
 * records cleared before each test. The returned object stands for the started harness.
 */
export function useHarness(options: HarnessOptions = {}): Harness {
  let started: Harness | undefined;
  beforeAll(async () => {
    started = await startHarness(options);
  });
  afterAll(async () => {
    await started?.stop();
  });
  beforeEach(() => {
    started?.connect.reset();
    started?.cloudWatchLogs.reset();
    started?.s3.reset();
    started?.contactLens.reset();
    started?.slack.reset();
  });
  return new Proxy({} as Harness, {
    get(_target, property) {
      if (!started) throw new Error("the harness is used before beforeAll started it");
      return Reflect.get(started, property);
    },
  });
}
