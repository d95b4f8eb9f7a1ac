import { App, LogLevel, verifySlackRequest } from "@slack/bolt";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type FakeSlack, startFakeSlack } from "../support/fake-slack.js";
import { freePort } from "../support/free-port.js";
import {
  blockActionsBody,
  eventCallbackBody,
  messageShortcutBody,
  postSigned,
  signSlackRequest,
  slashCommandBody,
  urlVerificationBody,
} from "../support/slack-request.js";

const SECRET = "signing-secret";

function verify(body: string, headers: Record<string, string>, secret = SECRET): void {
  verifySlackRequest({
    signingSecret: secret,
    body,
    headers: {
      "x-slack-signature": headers["X-Slack-Signature"]!,
      "x-slack-request-timestamp": Number(headers["X-Slack-Request-Timestamp"]),
    },
  });
}

describe("signSlackRequest", () => {
  it("produces a signature Bolt's verifySlackRequest accepts", () => {
    const body = slashCommandBody({ text: "c-1", responseUrl: "http://127.0.0.1:1/response/x" });
    expect(() => verify(body, signSlackRequest(body, SECRET))).not.toThrow();
  });

  it("is rejected for a tampered body, another secret or a stale timestamp", () => {
    const headers = signSlackRequest("a=1", SECRET);
    expect(() => verify("a=2", headers)).toThrow(/signature mismatch/);
    expect(() => verify("a=1", headers, "other")).toThrow(/signature mismatch/);
    const stale = signSlackRequest("a=1", SECRET, Math.floor(Date.now() / 1000) - 600);
    expect(() => verify("a=1", stale)).toThrow(/stale/);
  });
});

/** The bodies go through a real Bolt App over HTTP, so parsing and routing are Bolt's own. */
describe("payload builders routed by a real Bolt App", () => {
  let slack: FakeSlack;
  let app: App;
  let endpoint: string;
  const seen: Record<string, unknown> = {};

  beforeAll(async () => {
    slack = await startFakeSlack();
    app = new App({
      token: "xoxb-test",
      signingSecret: SECRET,
      logLevel: LogLevel.ERROR,
      clientOptions: { slackApiUrl: `${slack.url}/api/` },
    });
    app.command("/contact", async ({ ack, command }) => {
      seen.command = command;
      await ack();
    });
    app.action("open_contact", async ({ ack, body }) => {
      seen.action = body;
      await ack();
    });
    app.shortcut("investigate_contact", async ({ ack, shortcut }) => {
      seen.shortcut = shortcut;
      await ack();
    });
    app.event("app_mention", async ({ event, body, context }) => {
      seen.event = { event, body, retryNum: context.retryNum };
    });
    const port = await freePort();
    await app.start({ port, host: "127.0.0.1" });
    endpoint = `http://127.0.0.1:${port}/slack/events`;
  });
  afterAll(async () => {
    await app.stop();
    await slack.stop();
  });

  const post = (body: string, extra: { badSignature?: boolean; retryNum?: number } = {}) =>
    postSigned(endpoint, body, { secret: SECRET, ...extra });

  it("routes a slash command with all of Slack's fields", async () => {
    const responseUrl = slack.responseUrl("cmd");
    const res = await post(slashCommandBody({ text: "c-1 more", responseUrl, triggerId: "t.1" }));
    expect(res.status).toBe(200);
    expect(res.ms).toBeGreaterThan(0);
    expect(seen.command).toMatchObject({
      command: "/contact",
      text: "c-1 more",
      user_id: "U1",
      channel_id: "C1",
      team_id: "T123",
      response_url: responseUrl,
      trigger_id: "t.1",
      api_app_id: "A1",
      is_enterprise_install: "false",
    });
  });

  it("routes block_actions, with the message only when not ephemeral", async () => {
    const base = { actionId: "open_contact", value: "c-1", responseUrl: slack.responseUrl() };
    expect((await post(blockActionsBody({ ...base, messageTs: "1700000000.000100" }))).status).toBe(
      200,
    );
    expect(seen.action).toMatchObject({
      type: "block_actions",
      user: { id: "U1" },
      channel: { id: "C1" },
      container: { type: "message", message_ts: "1700000000.000100", is_ephemeral: false },
      message: { ts: "1700000000.000100" },
      actions: [{ action_id: "open_contact", value: "c-1", type: "button" }],
    });
    await post(blockActionsBody({ ...base, isEphemeral: true }));
    expect(seen.action).toMatchObject({ container: { is_ephemeral: true } });
    expect(seen.action).not.toHaveProperty("message");
  });

  it("routes a message shortcut by callback_id", async () => {
    const message = { ts: "1700000000.000200", text: "contact c-1", bot_id: "B9" };
    await post(messageShortcutBody({ message, responseUrl: slack.responseUrl() }));
    expect(seen.shortcut).toMatchObject({
      type: "message_action",
      callback_id: "investigate_contact",
      message,
      channel: { id: "C1" },
    });
  });

  it("routes an event callback and answers url_verification", async () => {
    const event = {
      type: "app_mention",
      user: "U1",
      text: "<@UBOT> c-1",
      ts: "1.1",
      channel: "C1",
    };
    const res = await post(eventCallbackBody(event, { eventId: "Ev1" }), { retryNum: 1 });
    expect(res.status).toBe(200);
    await slack.waitFor(() => seen.event);
    expect(seen.event).toMatchObject({
      event,
      body: { event_id: "Ev1", type: "event_callback", authorizations: [{ user_id: "UBOT" }] },
      retryNum: 1,
    });
    const challenge = await post(urlVerificationBody("abc"));
    expect(JSON.parse(challenge.body)).toEqual({ challenge: "abc" });
  });

  it("gets a bad signature refused with 401", async () => {
    const res = await post(urlVerificationBody("abc"), { badSignature: true });
    expect(res.status).toBe(401);
  });
});
