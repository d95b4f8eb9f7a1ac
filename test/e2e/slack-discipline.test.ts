import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { encodeButtonState } from "../../blocks/button-state.js";
import { CONTACT_IDS, INSTANCE_ID } from "../fixtures/contacts.js";
import { type BlackholeProxy, startBlackholeProxy } from "../support/blackhole-proxy.js";
import { type ConnectEmulator, startConnectEmulator } from "../support/connect-emulator.js";
import { type FakeSlack, type SlackCall, startFakeSlack } from "../support/fake-slack.js";
import { slackTs } from "../support/slack-payload-parts.js";
import { type Harness, nthAnswer, startHarness, textOf } from "./harness.js";
import { timedAsk } from "./lookups.js";
import { seedConnect } from "./seed.js";

const BUSY = "CALERT1";
const QUIET = "CALERT2";
const ids = Object.values(CONTACT_IDS);

let slack: FakeSlack;
let connect: ConnectEmulator;
beforeAll(async () => {
  // Slack's own limit: about one chat.postMessage per second per channel, then HTTP 429.
  slack = await startFakeSlack({ rateLimitPerChannel: 1 });
  connect = await startConnectEmulator();
  seedConnect(connect);
});
afterAll(async () => {
  await Promise.all([slack?.stop(), connect?.stop()]);
});

async function alert(h: Harness, channel: string, contactIds: string[]): Promise<string> {
  const ts = slackTs();
  const text = `Contacts failing: ${contactIds.join(", ")}`;
  expect((await h.event({ type: "message", channel, user: "UALERTS", ts, text })).status).toBe(200);
  return ts;
}

function posts(channel: string): SlackCall[] {
  return slack.postsTo(channel).filter((c) => typeof c.args.thread_ts === "string");
}

describe("alert-thread posts in a storm", () => {
  let h: Harness;
  beforeAll(async () => {
    h = await startHarness({
      share: { slack, connect },
      redis: false,
      env: { ALERT_CHANNEL_IDS: `${BUSY},${QUIET}`, CONNECT_MAX_RPS: "50", CONNECT_BURST: "50" },
    });
    await timedAsk(h, CONTACT_IDS.voiceInbound);
  });
  afterAll(async () => {
    await h?.stop();
  });

  it("are paced per channel, wait out a 429, lose nothing, and never delay interactive answers", async () => {
    const baseline = (await timedAsk(h, CONTACT_IDS.voiceInbound)).ms;
    slack.failNext("chat.postMessage", { status: 429, retryAfter: 1 });
    const busy = [await alert(h, BUSY, ids.slice(0, 3)), await alert(h, BUSY, ids.slice(3, 6))];
    const quiet = await alert(h, QUIET, ids.slice(6, 9));

    // Interactive answers meanwhile: a private answer, and a Web API call (chat.update). They do
    // not queue behind the backlog: both arrive while busy-channel posts are still waiting.
    await slack.waitFor(() => posts(BUSY).length >= 1);
    const during = await timedAsk(h, CONTACT_IDS.chat);
    expect(textOf(during.answer)).toContain(CONTACT_IDS.chat);
    expect(posts(BUSY).length).toBeLessThan(6);
    const value = encodeButtonState({ i: INSTANCE_ID, c: CONTACT_IDS.chat });
    const clickedAt = Date.now();
    await h.click({ actionId: "contact_section_agent", value, channelId: BUSY });
    const update = await slack.waitFor(() => slack.calls.find((c) => c.method === "chat.update"));
    const busyBeforeUpdate = posts(BUSY).filter(
      (c) => slack.calls.indexOf(c) < slack.calls.indexOf(update),
    );
    console.log(
      `alert backlog of 9 posts: /contact answered in ${during.ms} ms (${baseline} ms idle), ` +
        `chat.update in ${update.at - clickedAt} ms, ` +
        `${busyBeforeUpdate.length} of 6 busy-channel posts sent before it`,
    );
    expect(busyBeforeUpdate.length).toBeLessThan(6);

    await slack.waitFor(() => posts(BUSY).length === 6 && posts(QUIET).length === 3);
    // The quiet channel did not queue behind the busy one: its first post came before the
    // busy channel's last (one queue would have sent all six busy posts first).
    expect(slack.calls.indexOf(posts(QUIET)[0]!)).toBeLessThan(
      slack.calls.indexOf(posts(BUSY)[5]!),
    );
    for (const channel of [BUSY, QUIET]) {
      const sent = posts(channel);
      const gaps = sent.slice(1).map((c, i) => c.at - sent[i]!.at);
      expect(Math.min(...gaps)).toBeGreaterThanOrEqual(950);
    }
    // Every contact once, in the right thread: the 429'd post was sent again, nothing twice.
    const threads = [...busy, quiet].map((ts) =>
      [...posts(BUSY), ...posts(QUIET)]
        .filter((c) => c.args.thread_ts === ts)
        .map((c) => ids.find((id) => String(c.args.text).includes(id)))
        .sort(),
    );
    expect(threads).toEqual(
      [ids.slice(0, 3), ids.slice(3, 6), ids.slice(6, 9)].map((t) => t.sort()),
    );
    expect(slack.rateLimited).toBe(0);
    const refused = slack.calls.find((c) => c.error === "ratelimited")!;
    const resent = slack.postsTo(String(refused.args.channel)).find((c) => c.at > refused.at)!;
    expect(resent.at - refused.at).toBeGreaterThanOrEqual(1000);
  });
});

describe("a Slack Web API that stops answering", () => {
  let h: Harness;
  let proxy: BlackholeProxy;
  beforeAll(async () => {
    proxy = await startBlackholeProxy(slack.port);
    h = await startHarness({
      share: { slack, connect },
      redis: false,
      env: { SLACK_API_URL: `http://127.0.0.1:${proxy.port}/api/`, SLACK_TIMEOUT_MS: "400" },
    });
    // U1's account type is known (cached) before Slack goes silent: the calls under test come after.
    const primeUrl = `http://127.0.0.1:${proxy.port}/response/prime-user-cache`;
    await h.command(CONTACT_IDS.chat, { responseUrl: primeUrl });
    await nthAnswer(h, primeUrl);
  });
  afterAll(async () => {
    proxy?.restore();
    await h?.stop();
    await proxy?.stop();
  });

  it("times the call out and tells the user, instead of hanging", async () => {
    const value = encodeButtonState({
      i: INSTANCE_ID,
      c: CONTACT_IDS.task,
      s: "C1/1700000000.000100",
    });
    // The post is taken but not confirmed in time. Not a black hole: the note travels to the
    // response_url, which must be on SLACK_API_URL's origin (the proxy) to be answered at all.
    slack.failNext("chat.postMessage", { answerAfterMs: 5000 });
    const started = Date.now();
    const responseUrl = `http://127.0.0.1:${proxy.port}/response/unconfirmed-share`;
    await h.click({ actionId: "contact_share", value, isEphemeral: true, responseUrl });
    const answer = await nthAnswer(h, responseUrl);
    const ms = Date.now() - started;
    console.log(`Slack API not answering, SLACK_TIMEOUT_MS=400: error answer after ${ms} ms`);
    // The share may still have been posted: the note says so rather than inviting a second post.
    expect(textOf(answer)).toMatch(/Slack did not confirm the post within 1 s/);
  });

  it("gives up on a response_url that never answers instead of holding the request", async () => {
    const hungUrl = `http://127.0.0.1:${proxy.port}/response/hung`;
    proxy.blackhole();
    await h.command(CONTACT_IDS.chat, { responseUrl: hungUrl });
    const failed = await h.slack.waitFor(() =>
      h.logs.find((line) => line.msg === "listener failed" && line.surface === "command"),
    );
    expect(failed).toBeTruthy();
  });
});
