import { WebClient } from "@slack/web-api";
import { afterEach } from "vitest";
import { createMemoryCache } from "../../src/cache/memory-cache.js";
import { createLogger } from "../../src/observability/logger.js";
import { createMetrics } from "../../src/observability/metrics.js";
import { createSlackUsers } from "../../src/slack/slack-users.js";
import { webClientOptions } from "../../src/slack/web-client-options.js";
import { type FakeSlack, startFakeSlack } from "../support/fake-slack.js";
import { logCapture } from "../support/log-capture.js";

export const quietLogger = createLogger({ level: "warn", destination: logCapture() });

/** A SlackUsers on the fake Slack, with a memory cache. */
async function slackUsersFixture() {
  const slack = await startFakeSlack();
  const cache = createMemoryCache();
  const metrics = createMetrics();
  const client = new WebClient(
    "xoxb-static",
    webClientOptions({ apiUrl: `${slack.url}/api`, timeoutMs: 2000, logger: quietLogger }),
  );
  const users = createSlackUsers({ client, cache, ttlSeconds: 60, metrics });
  return { slack, cache, metrics, users };
}

export const infoCalls = (slack: { calls: { method: string }[] }) =>
  slack.calls.filter((c) => c.method === "users.info").length;

/** Starts a fresh fixture per call, stopped after each test. */
export function useSlackUsersFixture() {
  let slack: FakeSlack | undefined;
  afterEach(async () => {
    await slack?.stop();
    slack = undefined;
  });
  return async () => {
    const fixture = await slackUsersFixture();
    slack = fixture.slack;
    return fixture;
  };
}
