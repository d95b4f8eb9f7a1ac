import type { ReceiverEvent } from "@slack/bolt";
import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { CONTACT_IDS } from "../fixtures/contacts.js";
import { type AttackerServer, startAttackerServer } from "../support/attacker-server.js";
import { sleep } from "../support/http-io.js";
import { rawPost } from "../support/raw-post.js";
import { type Forged, forgedRequests } from "./forged-requests.js";
import { answersTo, SIGNING_SECRET, useHarness } from "./harness.js";

const ALERTS = "CALERT";
const h = useHarness({ redis: false, env: { ALERT_CHANNEL_IDS: ALERTS } });
let attacker: AttackerServer;
/** Every body the receiver handed to Bolt. */
const reached: unknown[] = [];

beforeAll(async () => {
  attacker = await startAttackerServer();
  const app = h.bot.app;
  const processEvent = app.processEvent.bind(app);
  app.processEvent = async (event: ReceiverEvent) => {
    reached.push(event.body);
    return processEvent(event);
  };
});
afterAll(() => attacker?.stop());

/** The request that went through before: JSON whose text, read as a query string, has ssl_check=1. */
function jsonSmuggling(responseUrl: string): Forged {
  const body = JSON.stringify({
    command: "/contact",
    text: `${CONTACT_IDS.chat} &ssl_check=1&`,
    user_id: "U1",
    channel_id: "C1",
    response_url: responseUrl,
  });
  return { body, headers: { "content-type": "application/json" } };
}

async function expectNothingDone(): Promise<void> {
  // Listeners work after the ack: give anything that did get through the time to show.
  await sleep(300);
  expect(reached).toEqual([]);
  expect(h.connect.count()).toBe(0);
  expect(h.cloudWatchLogs.count()).toBe(0);
  expect(h.slack.calls).toEqual([]);
  expect(h.slack.responses).toEqual([]);
  expect(attacker.received).toEqual([]);
}

describe("the receiver, fed forged requests", () => {
  it("hands none to Bolt: 401, or an empty 200 for what reads as Slack's ssl_check", async () => {
    reached.length = 0;
    const responseUrls = [attacker.url(), h.slack.responseUrl("forged")];
    const forged = forgedRequests({ responseUrls, alertChannel: ALERTS, secret: SIGNING_SECRET });
    await fc.assert(
      fc.asyncProperty(forged, async ({ body, headers }) => {
        const res = await rawPost(h.eventsUrl, headers, body);
        expect([200, 401]).toContain(res.status);
        expect(res.body).toBe("");
        expect(reached).toEqual([]);
      }),
      { numRuns: 300, examples: responseUrls.map((url) => [jsonSmuggling(url)]) },
    );
    await expectNothingDone();
  });

  it("answers Slack's own ssl_check unsigned with an empty 200, without Bolt", async () => {
    reached.length = 0;
    const form = "application/x-www-form-urlencoded";
    const res = await rawPost(h.eventsUrl, { "content-type": form }, "ssl_check=1&token=t");
    expect(res).toEqual({ status: 200, body: "" });
    const withCommand = `ssl_check=1&token=t&command=%2Fcontact&text=${CONTACT_IDS.chat}`;
    expect((await rawPost(h.eventsUrl, { "content-type": form }, withCommand)).status).toBe(401);
    await expectNothingDone();
  });

  it("still hands a signed request to Bolt (the spy above sees what gets through)", async () => {
    reached.length = 0;
    const { status, responseUrl } = await h.command(CONTACT_IDS.chat);
    expect(status).toBe(200);
    expect(reached).toHaveLength(1);
    await h.slack.waitFor(() => answersTo(h.slack, responseUrl)[0]);
  });
});
