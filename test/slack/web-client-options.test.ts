import { WebClient } from "@slack/web-api";
import { afterEach, describe, expect, it } from "vitest";
import { createLogger } from "../../src/logger.js";
import { webClientOptions } from "../../src/slack/web-client-options.js";
import { logCapture } from "../ops/log-capture.js";
import { type LocalSlack, type SlackReply, startLocalSlack } from "./local-slack.js";

let slack: LocalSlack | undefined;

afterEach(async () => {
  await slack?.stop();
  slack = undefined;
});

function options(apiUrl: string | undefined, background = false, timeoutMs = 2000) {
  const destination = logCapture();
  return {
    destination,
    options: webClientOptions({
      apiUrl,
      timeoutMs,
      logger: createLogger({ level: "info", destination }),
      background,
    }),
  };
}

async function client(replies: SlackReply[], background = false) {
  slack = await startLocalSlack(() => replies.shift() ?? { body: { ok: true } });
  return new WebClient("xoxb-test", options(slack.url.replace(/\/$/, ""), background).options);
}

describe("webClientOptions", () => {
  it("normalises the API URL and leaves Slack's default when unset", () => {
    expect(options("http://127.0.0.1:1/api").options.slackApiUrl).toBe("http://127.0.0.1:1/api/");
    expect(options("http://127.0.0.1:1/api/").options.slackApiUrl).toBe("http://127.0.0.1:1/api/");
    expect(options(undefined).options).not.toHaveProperty("slackApiUrl");
    expect(options(undefined, false, 1234).options.timeout).toBe(1234);
  });

  it("rejects a 429 at once with WebAPIRateLimitedError instead of pausing the client", async () => {
    const web = await client([{ status: 429, headers: { "retry-after": "30" } }]);
    const started = Date.now();
    await expect(web.auth.test()).rejects.toMatchObject({
      code: "slack_webapi_rate_limited_error",
      retryAfter: 30,
    });
    expect(Date.now() - started).toBeLessThan(1000);
    expect(slack?.calls).toHaveLength(1);
  });

  it("retries a 5xx quickly for interactive calls", async () => {
    const web = await client([{ status: 503 }, { status: 502 }]);
    await expect(web.auth.test()).resolves.toMatchObject({ ok: true });
    expect(slack?.calls).toHaveLength(3);
  });

  it("gives up on interactive calls after a few retries", async () => {
    const web = await client(Array.from({ length: 10 }, () => ({ status: 500 })));
    await expect(web.auth.test()).rejects.toMatchObject({
      code: "slack_webapi_http_error",
      statusCode: 500,
    });
    expect(slack?.calls).toHaveLength(3);
  });

  it("retries 5xx in the background with a longer backoff", async () => {
    const web = await client([{ status: 500 }], true);
    const started = Date.now();
    await expect(web.auth.test()).resolves.toMatchObject({ ok: true });
    expect(Date.now() - started).toBeGreaterThanOrEqual(1000);
    expect(slack?.calls).toHaveLength(2);
  });

  it("logs the WebClient's own messages through pino as JSON", async () => {
    slack = await startLocalSlack(() => ({
      body: { ok: true, response_metadata: { warnings: ["superfluous_charset"] } },
    }));
    const { options: opts, destination } = options(slack.url);
    await new WebClient("xoxb-test", opts).auth.test();
    expect(destination.lines()).toContainEqual(
      expect.objectContaining({ level: "warn", component: "slack", msg: "superfluous_charset" }),
    );
  });
});
