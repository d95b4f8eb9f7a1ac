import { randomUUID } from "node:crypto";
import { describe, expect, it } from "vitest";
import { encodeButtonState } from "../../blocks/button-state.js";
import { CONTACT_IDS, INSTANCE_ID, TASK } from "../fixtures/contacts.js";
import {
  blockActionsBody,
  eventCallbackBody,
  postSigned,
  signSlackRequest,
  slashCommandBody,
  urlVerificationBody,
} from "../support/slack-request.js";
import { overLimits } from "./block-kit-limits.js";
import { answersTo, buttonsOf, SIGNING_SECRET, useHarness } from "./harness.js";
import { timedAsk } from "./lookups.js";

const ALERTS = "CALERT";
const HOSTILE_NAME = "<!channel> <@U123> <https://evil.example|x>";
const now = () => Math.floor(Date.now() / 1000);

const h = useHarness({ redis: false, env: { ALERT_CHANNEL_IDS: ALERTS } });

/** Nothing reached Connect or Slack, and nobody was answered. */
async function expectNothingDone(): Promise<void> {
  await new Promise((r) => setTimeout(r, 200));
  expect(h.connect.count()).toBe(0);
  expect(h.slack.calls).toHaveLength(0);
  expect(h.slack.responses).toHaveLength(0);
}

/** One request of each kind Slack sends: a slash command, a button click, an event. */
function requests(): { kind: string; body: string }[] {
  const responseUrl = h.slack.responseUrl();
  const value = encodeButtonState({ i: INSTANCE_ID, c: CONTACT_IDS.chat });
  const event = {
    type: "message",
    channel: ALERTS,
    user: "U1",
    ts: "1.000001",
    text: CONTACT_IDS.chat,
  };
  return [
    { kind: "command", body: slashCommandBody({ text: CONTACT_IDS.chat, responseUrl }) },
    {
      kind: "action",
      body: blockActionsBody({ actionId: "contact_section_agent", value, responseUrl }),
    },
    { kind: "event", body: eventCallbackBody(event) },
  ];
}

describe("request signatures", () => {
  it.each([
    ["forged", { secret: SIGNING_SECRET, badSignature: true }],
    ["signed with another secret", { secret: "not-the-signing-secret" }],
    ["stale (6 minutes old)", { secret: SIGNING_SECRET, timestamp: now() - 360 }],
    ["future-dated (6 minutes ahead)", { secret: SIGNING_SECRET, timestamp: now() + 360 }],
  ])("refuses %s requests of every kind with 401", async (_name, options) => {
    for (const { body } of requests()) {
      expect((await postSigned(h.eventsUrl, body, options)).status).toBe(401);
    }
    await expectNothingDone();
  });

  it("refuses a validly signed request whose body was changed (replay with a new contact id)", async () => {
    for (const { body } of requests()) {
      const tampered = body.replaceAll(CONTACT_IDS.chat, CONTACT_IDS.voiceInbound);
      const res = await fetch(h.eventsUrl, {
        method: "POST",
        headers: {
          "content-type": body.startsWith("{")
            ? "application/json"
            : "application/x-www-form-urlencoded",
          ...signSlackRequest(body, SIGNING_SECRET),
        },
        body: tampered,
      });
      expect(res.status).toBe(401);
    }
    await expectNothingDone();
  });

  it("refuses an unsigned url_verification challenge", async () => {
    const res = await fetch(h.eventsUrl, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: urlVerificationBody("challenge-123"),
    });
    expect(res.status).toBe(401);
    expect(await res.text()).not.toContain("challenge-123");
  });

  it("refuses an oversize body with 413 and keeps serving", async () => {
    const huge = slashCommandBody({
      text: "x".repeat(2 * 1024 * 1024),
      responseUrl: h.slack.responseUrl(),
    });
    const res = await postSigned(h.eventsUrl, huge, { secret: SIGNING_SECRET });
    expect(res.status).toBe(413);
    await expectNothingDone();
    expect((await timedAsk(h, CONTACT_IDS.chat)).answer.response_type).toBe("ephemeral");
  });
});

const LIVE_MARKUP = /<!channel>|<!here>|<@U123>|<https:\/\/evil/;

describe("hostile contact fields", () => {
  it("render inert and within Block Kit limits, privately, opened, and in an alert thread", async () => {
    const id = randomUUID();
    h.connect.putContact(INSTANCE_ID, {
      ...TASK,
      Id: id,
      Arn: undefined,
      InitialContactId: id,
      RelatedContactId: undefined,
      Name: HOSTILE_NAME,
      Description: `<!here> ${"d".repeat(10_000)}`,
    });
    const { answer: summary } = await timedAsk(h, id);
    const details = buttonsOf(summary).get("contact_section_details");
    const clicked = await h.click({
      actionId: "contact_section_details",
      value: details?.value,
      isEphemeral: true,
    });
    const opened = await h.slack.waitFor(() => answersTo(h.slack, clicked.responseUrl)[0]);
    const ts = `${now()}.000100`;
    await h.event({ type: "message", channel: ALERTS, user: "UALERTS", ts, text: `failed: ${id}` });
    const post = await h.slack.waitFor(
      () =>
        h.slack.calls.find((c) => c.method === "chat.postMessage" && c.args.thread_ts === ts)?.args,
    );
    expect(JSON.stringify(opened)).toContain("dddddddddd");
    for (const message of [summary, opened, post]) {
      expect(JSON.stringify(message)).not.toMatch(LIVE_MARKUP);
      expect(overLimits(message)).toEqual([]);
    }
  });
});
