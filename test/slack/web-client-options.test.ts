import diagnostics from "node:diagnostics_channel";
import { WebClient } from "@slack/web-api";
import { afterEach, describe, expect, it } from "vitest";
import { findDeliveryUncertain } from "../../src/domain/errors.js";
import { createLogger } from "../../src/observability/logger.js";
import { webClientOptions } from "../../src/slack/web-client-options.js";
import { freePort } from "../support/free-port.js";
import { logCapture } from "../support/log-capture.js";
import { waitFor } from "../support/wait-for.js";
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
    // The timeout lives in the fetch (from the moment the request is written), not in WebClient.
    expect(options(undefined, false, 1234).options.timeout).toBe(0);
    expect(options(undefined).options.retryConfig).toEqual({ retries: 0 });
  });

  it("rejects a 429 at once with WebAPIRateLimitedError instead of pausing the client", async () => {
    // Had the client paused for Retry-After (30 s), the test's timeout would have failed it.
    const web = await client([{ status: 429, headers: { "retry-after": "30" } }]);
    await expect(web.auth.test()).rejects.toMatchObject({
      code: "slack_webapi_rate_limited_error",
      retryAfter: 30,
    });
    expect(slack?.calls).toHaveLength(1);
  });

  it("never repeats a post that reached Slack: a 5xx on chat.postMessage fails at once", async () => {
    const web = await client([{ status: 503 }]);
    await expect(web.chat.postMessage({ channel: "C1", text: "hi" })).rejects.toMatchObject({
      code: "slack_webapi_http_error",
      statusCode: 503,
    });
    expect(slack?.calls).toHaveLength(1);
  });

  it("never repeats a post that timed out after it was written: it may have arrived", async () => {
    slack = await startLocalSlack(() => ({ body: { ok: true }, delayMs: 1500 }));
    const web = new WebClient("xoxb-test", options(slack.url, false, 300).options);
    const failed = await web.chat.update({ channel: "C1", ts: "1.2", text: "x" }).catch((e) => e);
    expect(findDeliveryUncertain(failed)).toMatchObject({
      method: "chat.update",
      answeredInPlace: true,
    });
    expect(slack.calls).toHaveLength(1);
  });

  it("sends a post again when the connection was refused (it never left)", async () => {
    const port = await freePort();
    let refused = 0;
    const onConnectError = (message: unknown) => {
      if ((message as { connectParams?: { port?: string } }).connectParams?.port === String(port)) {
        refused += 1;
      }
    };
    diagnostics.subscribe("undici:client:connectError", onConnectError);
    const web = new WebClient("xoxb-test", options(`http://127.0.0.1:${port}/api`, true).options);
    const posted = web.chat.postMessage({ channel: "C1", text: "hi" });
    // The first attempt is refused; Slack comes up before the retry a second later.
    await waitFor(() => refused === 1);
    diagnostics.unsubscribe("undici:client:connectError", onConnectError);
    slack = await startLocalSlack(() => ({ body: { ok: true } }), port);
    await expect(posted).resolves.toMatchObject({ ok: true });
    expect(slack.calls).toHaveLength(1);
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
