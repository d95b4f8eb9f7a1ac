import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { encodeButtonState } from "../../blocks/button-state.js";
import { CONTACT_IDS, INSTANCE_ID } from "../fixtures/contacts.js";
import { slackTs } from "../support/slack-payload-parts.js";
import { blockActionsBody, eventCallbackBody, slashCommandBody } from "../support/slack-request.js";
import { answersTo, type Harness, nthAnswer, startHarness, textOf } from "./harness.js";

const ALERTS = "CALERT";
const APP_TOKEN = "xapp-1-A1-test";

/** The same payloads Slack sends over HTTP, as the objects a Socket Mode envelope carries. */
const formFields = (body: string) => Object.fromEntries(new URLSearchParams(body));
const interactivePayload = (body: string): object =>
  JSON.parse(new URLSearchParams(body).get("payload") ?? "{}");

let h: Harness;
beforeAll(async () => {
  // No signing secret: Socket Mode does not need one.
  h = await startHarness({
    redis: false,
    env: { SLACK_APP_TOKEN: APP_TOKEN, SLACK_SIGNING_SECRET: "", ALERT_CHANNEL_IDS: ALERTS },
  });
});
afterAll(async () => {
  await h?.stop();
});
beforeEach(() => {
  h.connect.reset();
});

describe("Socket Mode", () => {
  it("connects twice with the app token through apps.connections.open", async () => {
    await h.slack.socket.connected();
    // Two, so that one is open while the other reconnects.
    expect(h.slack.socket.connections).toBe(2);
    const open = h.slack.calls.find((c) => c.method === "apps.connections.open");
    expect(open?.token).toBe(APP_TOKEN);
    expect(h.logs.find((l) => l.msg === "connect-contact-bot started")?.mode).toBe("socket");
  });

  it("acks a slash command, then answers on its response_url", async () => {
    const responseUrl = h.slack.responseUrl();
    const body = slashCommandBody({ text: CONTACT_IDS.voiceInbound, responseUrl });
    const ack = await h.slack.socket.send({ type: "slash_commands", payload: formFields(body) });
    expect(ack.envelope_id).toEqual(expect.any(String));
    expect(answersTo(h.slack, responseUrl)).toHaveLength(0);
    const answer = await nthAnswer(h, responseUrl);
    expect(answer.response_type).toBe("ephemeral");
    expect(textOf(answer)).toContain(CONTACT_IDS.voiceInbound);
  });

  it("acks a button click, then opens the section in place", async () => {
    const responseUrl = h.slack.responseUrl();
    const value = encodeButtonState({ i: INSTANCE_ID, c: CONTACT_IDS.chat });
    const body = blockActionsBody({
      actionId: "contact_section_queue",
      value,
      isEphemeral: true,
      responseUrl,
    });
    const ack = await h.slack.socket.send({
      type: "interactive",
      payload: interactivePayload(body),
    });
    expect(ack.envelope_id).toEqual(expect.any(String));
    const answer = await nthAnswer(h, responseUrl);
    expect(answer.replace_original).toBe(true);
    expect(textOf(answer)).toContain(CONTACT_IDS.chat);
  });

  it("acks an events_api envelope, then replies in the alert's thread", async () => {
    const ts = slackTs();
    const event = { type: "message", channel: ALERTS, user: "UALERTS", ts, text: CONTACT_IDS.task };
    const payload = JSON.parse(eventCallbackBody(event)) as object;
    const ack = await h.slack.socket.send({ type: "events_api", payload });
    expect(ack.envelope_id).toEqual(expect.any(String));
    const post = await h.slack.waitFor(() =>
      h.slack.calls.find((c) => c.method === "chat.postMessage" && c.args.thread_ts === ts),
    );
    expect(post.args.channel).toBe(ALERTS);
    expect(textOf(post.args)).toContain(CONTACT_IDS.task);
  });

  it("still serves /healthz, /readyz and /metrics on PORT, and no HTTP events", async () => {
    expect(h.bot.port).toBeGreaterThan(0);
    for (const path of ["/healthz", "/readyz", "/metrics"]) {
      expect((await fetch(`${h.baseUrl}${path}`)).status).toBe(200);
    }
    const unsigned = await fetch(h.eventsUrl, { method: "POST", body: "command=/contact" });
    expect(unsigned.status).toBe(404);
  });
});

describe("stopping in Socket Mode", () => {
  it("disconnects, then finishes the commands already acked before closing", async () => {
    const bot = await startHarness({
      share: { slack: h.slack, connect: h.connect },
      redis: false,
      env: { SLACK_APP_TOKEN: APP_TOKEN, SLACK_SIGNING_SECRET: "" },
    });
    h.connect.setLatency(1000);
    try {
      const responseUrl = h.slack.responseUrl();
      const body = slashCommandBody({ text: CONTACT_IDS.minimal, responseUrl });
      await h.slack.socket.send({ type: "slash_commands", payload: formFields(body) });
      await bot.bot.stop();
      expect(textOf(answersTo(h.slack, responseUrl))).toContain(CONTACT_IDS.minimal);
    } finally {
      h.connect.setLatency(0);
    }
  });
});
