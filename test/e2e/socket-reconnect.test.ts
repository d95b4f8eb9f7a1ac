import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { CONTACT_IDS } from "../fixtures/contacts.js";
import { postSigned, slashCommandBody } from "../support/slack-request.js";
import { answersTo, type Harness, SIGNING_SECRET, startHarness } from "./harness.js";

const APP_TOKEN = "xapp-1-A1-test";
/** Slack gives up on an envelope that is not acked within 3 s. */
const ACK_MS = 3000;

let h: Harness;
beforeAll(async () => {
  // With a signing secret too: in Socket Mode it must not open the HTTP events path.
  h = await startHarness({ redis: false, env: { SLACK_APP_TOKEN: APP_TOKEN } });
  await h.slack.socket.connected();
});
afterAll(async () => {
  await h?.stop();
});

const formFields = (body: string) => Object.fromEntries(new URLSearchParams(body));

/** Sends `count` slash commands one after another, calling `midway` after the first third. */
async function stream(count: number, midway: () => void) {
  const urls: string[] = [];
  for (let i = 0; i < count; i++) {
    if (i === Math.floor(count / 3)) midway();
    const responseUrl = h.slack.responseUrl();
    urls.push(responseUrl);
    const body = slashCommandBody({ text: CONTACT_IDS.minimal, responseUrl });
    const ack = await h.slack.socket.send(
      { type: "slash_commands", payload: formFields(body) },
      ACK_MS,
    );
    expect(ack.envelope_id).toEqual(expect.any(String));
    await new Promise((r) => setTimeout(r, 30));
  }
  // Every command acked, and every one answered: none lost.
  await h.slack.waitFor(() => urls.every((url) => answersTo(h.slack, url).length === 1));
}

describe("Socket Mode without a gap", () => {
  it("keeps taking envelopes while one connection is refreshed, and reopens it", async () => {
    await stream(15, () => h.slack.socket.disconnect("refresh_requested", "oldest"));
    await h.slack.waitFor(() => h.slack.socket.connections === 2);
  });

  it("reconnects at once when Slack refreshes every connection", async () => {
    await stream(15, () => h.slack.socket.disconnect("refresh_requested", "all"));
    await h.slack.waitFor(() => h.slack.socket.connections === 2);
  });

  it("reconnects a dropped socket at once", async () => {
    await stream(15, () => h.slack.socket.drop());
    await h.slack.waitFor(() => h.slack.socket.connections === 2);
  });

  it("answers POST /slack/events with 404, signed or not, when a signing secret is set", async () => {
    const body = slashCommandBody({
      text: CONTACT_IDS.minimal,
      responseUrl: h.slack.responseUrl(),
    });
    const signed = await postSigned(h.eventsUrl, body, { secret: SIGNING_SECRET });
    expect(signed.status).toBe(404);
    const unsigned = await fetch(h.eventsUrl, { method: "POST", body });
    expect(unsigned.status).toBe(404);
  });
});
