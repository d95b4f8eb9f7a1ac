import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { slackTs } from "../support/slack-payload-parts.js";
import { eventCallbackBody, slashCommandBody } from "../support/slack-request.js";
import { eventually } from "./eventually.js";
import { answersTo, type Harness, nthAnswer, startHarness, textOf } from "./harness.js";
import { seedFresh } from "./lookups.js";

const ALERTS = "CALERT";
const formFields = (body: string) => Object.fromEntries(new URLSearchParams(body));

let h: Harness;
beforeAll(async () => {
  h = await startHarness({
    redis: false,
    env: {
      SLACK_APP_TOKEN: "xapp-1-A1-test",
      SLACK_SIGNING_SECRET: "",
      ALERT_CHANNEL_IDS: ALERTS,
      MAX_IN_FLIGHT: "1",
      CONNECT_TIMEOUT_MS: "2000",
    },
  });
});
afterAll(async () => {
  await h?.stop();
});

const command = (text: string, responseUrl: string) =>
  h.slack.socket.send({
    type: "slash_commands",
    payload: formFields(slashCommandBody({ text, responseUrl })),
  });

describe("Socket Mode behind the overload guard", () => {
  it("leaves a refused event unacked for Slack to redeliver, and tells a refused command at once", async () => {
    const [busy, alerted, refused] = seedFresh(h, 3);
    h.connect.hangNext("DescribeContact", 1);
    const first = h.slack.responseUrl();
    await command(busy!, first);
    // The first lookup hangs in Connect: one envelope in flight, the limit.
    const ts = slackTs();
    const event = { type: "message", channel: ALERTS, user: "UALERTS", ts, text: alerted };
    const payload = JSON.parse(eventCallbackBody(event, { eventId: "EvOverloaded" })) as object;
    await expect(h.slack.socket.send({ type: "events_api", payload }, 1000)).rejects.toThrow(
      /no ack/,
    );
    const second = h.slack.responseUrl();
    const ack = await command(refused!, second);
    expect(ack.payload).toMatchObject({ response_type: "ephemeral" });
    expect(textOf(ack.payload)).toContain("too many requests at once");
    const thread = () =>
      h.slack.calls.find((c) => c.method === "chat.postMessage" && c.args.thread_ts === ts);
    expect(thread()).toBeUndefined();
    const metrics = await (await fetch(`${h.baseUrl}/metrics`)).text();
    expect(metrics).toMatch(/^ccb_overload_refused_total\{reason="in_flight"\} 2$/m);
    // Once the first is answered, Slack's redelivery of the event is taken and answered.
    await nthAnswer(h, first);
    await eventually(async () => {
      await h.slack.socket.send({ type: "events_api", payload, retry_attempt: 1 }, 1000);
      return true;
    });
    const post = await h.slack.waitFor(thread);
    expect(textOf(post.args)).toContain(alerted);
    expect(answersTo(h.slack, second)).toEqual([]);
  });
});
