import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { encodeButtonState } from "../../blocks/button-state.js";
import { CONTACT_IDS, INSTANCE_ID } from "../fixtures/contacts.js";
import { type AttackerServer, startAttackerServer } from "../support/attacker-server.js";
import { sleep } from "../support/http-io.js";
import { postSigned, slashCommandBody } from "../support/slack-request.js";
import { answersTo, SIGNING_SECRET, useHarness } from "./harness.js";

const h = useHarness({ redis: false });
let attacker: AttackerServer;
beforeAll(async () => {
  attacker = await startAttackerServer();
});
afterAll(() => attacker?.stop());

/** Gives a listener that did run the time to look up and answer, then checks that none did. */
async function expectNoAnswer(): Promise<void> {
  await sleep(300);
  expect(attacker.received).toEqual([]);
  expect(h.connect.count()).toBe(0);
  expect(h.slack.responses).toEqual([]);
}

describe("answers go only to Slack", () => {
  it("a signed command whose response_url is elsewhere is told so in its ack, nothing posted there", async () => {
    const responseUrl = attacker.url("/commands/1234/s3cr3t-token");
    const body = slashCommandBody({ text: CONTACT_IDS.chat, responseUrl });
    const res = await postSigned(h.eventsUrl, body, { secret: SIGNING_SECRET });
    expect(res.status).toBe(200);
    const ack = JSON.parse(res.body) as { response_type?: string; text?: string };
    expect(ack.response_type).toBe("ephemeral");
    expect(ack.text).toContain("only answer through Slack");
    await expectNoAnswer();
    const warning = h.logs.find(
      (l) => l.msg === "refused a request whose response_url is not Slack's",
    );
    expect(warning).toMatchObject({ level: "warn", surface: "command", origin: attacker.url("") });
    expect(JSON.stringify(h.logs)).not.toContain("s3cr3t-token");
  });

  it.each([
    ["plain http to Slack's host", "http://hooks.slack.com/commands/1/2/3"],
    ["a look-alike host", "https://hooks.slack.com.evil.example/commands/1/2/3"],
    ["user info before Slack's host", "https://hooks.slack.com@127.0.0.1/commands/1/2/3"],
    ["not a URL", "hooks.slack.com/commands/1/2/3"],
  ])("a button click whose response_url is %s is acked and dropped", async (_name, responseUrl) => {
    const value = encodeButtonState({ i: INSTANCE_ID, c: CONTACT_IDS.chat });
    const { status } = await h.click({ actionId: "contact_section_agent", value, responseUrl });
    expect(status).toBe(200);
    await expectNoAnswer();
    expect(h.slack.calls.filter((c) => c.method !== "auth.test")).toEqual([]);
  });

  it("a response_url on Slack's origin that redirects elsewhere is not followed", async () => {
    h.slack.failNext("response_url", { redirectTo: attacker.url("/stolen") });
    const { status, responseUrl } = await h.command(CONTACT_IDS.chat);
    expect(status).toBe(200);
    // The answer reached Slack's URL, which redirected; the bot does not carry it on.
    await h.slack.waitFor(() => answersTo(h.slack, responseUrl)[0]);
    await sleep(300);
    expect(attacker.received).toEqual([]);
  });

  it("a response_url on Slack's origin is still answered", async () => {
    const { responseUrl } = await h.command(CONTACT_IDS.chat);
    const answer = await h.slack.waitFor(() => answersTo(h.slack, responseUrl)[0]);
    expect(answer.response_type).toBe("ephemeral");
  });
});
