import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { CONTACT_IDS } from "../fixtures/contacts.js";
import { startConnectEmulator } from "../support/connect-emulator.js";
import { startFakeSlack } from "../support/fake-slack.js";
import { slackTs } from "../support/slack-payload-parts.js";
import { postSigned, slashCommandBody } from "../support/slack-request.js";
import { eventually } from "./eventually.js";
import { BOT_TOKEN, type Harness, nthAnswer, startHarness } from "./harness.js";
import { timedAsk } from "./lookups.js";
import { seedConnect } from "./seed.js";

const ALERTS = "CALERT";

async function get(
  h: Harness,
  path: string,
): Promise<{ status: number; body: string; type: string }> {
  const res = await fetch(`${h.baseUrl}${path}`);
  return {
    status: res.status,
    body: await res.text(),
    type: res.headers.get("content-type") ?? "",
  };
}

/** Sum of the samples of `name` whose labels include `labels`, from Prometheus text. */
function sample(text: string, name: string, labels: Record<string, string> = {}): number {
  let sum = 0;
  for (const line of text.split("\n")) {
    const match = /^([a-z_]+)(?:\{(.*)\})? ([-+\d.eE]+|NaN)$/.exec(line);
    if (!match || match[1] !== name) continue;
    const has = Object.entries(labels).every(([k, v]) => match[2]?.includes(`${k}="${v}"`));
    if (has) sum += Number(match[3]);
  }
  return sum;
}

describe("probes", () => {
  let h: Harness;
  beforeAll(async () => {
    h = await startHarness();
  });
  afterAll(async () => {
    await h?.stop();
  });

  it("/healthz says alive; /readyz reports Redis and Slack auth", async () => {
    expect(await get(h, "/healthz")).toMatchObject({ status: 200, body: '{"status":"ok"}' });
    const ready = await get(h, "/readyz");
    expect(ready.status).toBe(200);
    expect(JSON.parse(ready.body)).toEqual({
      status: "ready",
      slack: "ok",
      redis: "redis",
      draining: false,
      starting: false,
    });
  });

  it("/readyz without Redis reports the in-process cache", async () => {
    const memory = await startHarness({
      redis: false,
      share: { slack: h.slack, connect: h.connect },
    });
    try {
      expect(JSON.parse((await get(memory, "/readyz")).body)).toMatchObject({ redis: "memory" });
    } finally {
      await memory.stop();
    }
  });

  it("/readyz is 503 while Slack refuses the bot token, and ready again once it accepts it, with no traffic", async () => {
    const slack = await startFakeSlack();
    const connect = await startConnectEmulator();
    seedConnect(connect);
    slack.setValidTokens(["xoxb-some-other-token"]);
    // U1 is listed by id: with the token refused, users.info could not vouch for the account.
    const refused = await startHarness({
      redis: false,
      share: { slack, connect },
      env: { ALLOWED_USER_IDS: "U1" },
    });
    try {
      const down = await get(refused, "/readyz");
      expect(down.status).toBe(503);
      expect(JSON.parse(down.body)).toMatchObject({ status: "not_ready", slack: "failed" });
      // A request that still arrives is answered: a response_url needs no token.
      const { responseUrl } = await refused.command(CONTACT_IDS.chat);
      expect(JSON.stringify(await nthAnswer(refused, responseUrl))).toContain(CONTACT_IDS.chat);
      // Out of the load balancer, the replica gets no requests: the probe itself must re-check.
      slack.setValidTokens([BOT_TOKEN]);
      await eventually(async () => (await get(refused, "/readyz")).status === 200);
    } finally {
      await refused.stop();
      await Promise.all([slack.stop(), connect.stop()]);
    }
  });
});

describe("/metrics", () => {
  let h: Harness;
  beforeAll(async () => {
    h = await startHarness({ redis: false, env: { ALERT_CHANNEL_IDS: ALERTS } });
  });
  afterAll(async () => {
    await h?.stop();
  });

  it("is Prometheus text in which every bot metric moves", async () => {
    const before = (await get(h, "/metrics")).body;
    await timedAsk(h, CONTACT_IDS.voiceInbound);
    await timedAsk(h, CONTACT_IDS.voiceInbound);
    await timedAsk(h, randomUUID());
    const forged = slashCommandBody({ text: "x", responseUrl: h.slack.responseUrl() });
    await postSigned(h.eventsUrl, forged, { secret: "wrong" });
    h.slack.failNext("chat.postMessage", "channel_not_found");
    const ts = slackTs();
    const alert = { type: "message", channel: ALERTS, user: "UALERTS", ts, text: CONTACT_IDS.chat };
    await h.event(alert, { eventId: `Ev${ts}` });
    await h.event(alert, { eventId: `Ev${ts}`, retryNum: 1 });
    await h.slack.waitFor(() => h.slack.calls.find((c) => c.error === "channel_not_found"));

    let metrics = await get(h, "/metrics");
    const moved = (name: string, labels?: Record<string, string>) =>
      sample(metrics.body, name, labels) - sample(before, name, labels);
    // The failed post and the dropped retry are counted once the bot has handled them.
    const failedPost = { method: "chat.postMessage", error: "channel_not_found" };
    await eventually(async () => {
      metrics = await get(h, "/metrics");
      return (
        moved("ccb_slack_api_errors_total", failedPost) > 0 &&
        moved("ccb_deduplicated_events_total", { reason: "event" }) > 0
      );
    });
    expect(metrics.status).toBe(200);
    expect(metrics.type).toMatch(/^text\/plain; version=0\.0\.4/);
    expect(moved("ccb_lookups_total", { surface: "command", outcome: "ok" })).toBe(2);
    expect(moved("ccb_lookups_total", { surface: "command", outcome: "CONTACT_NOT_FOUND" })).toBe(
      1,
    );
    expect(moved("ccb_lookups_total", { surface: "alert", outcome: "ok" })).toBe(1);
    expect(moved("ccb_cache_results_total", { result: "hit" })).toBeGreaterThanOrEqual(1);
    expect(moved("ccb_cache_results_total", { result: "miss" })).toBeGreaterThanOrEqual(2);
    expect(moved("ccb_connect_calls_total", { operation: "DescribeContact", outcome: "ok" })).toBe(
      2,
    );
    expect(
      moved("ccb_connect_calls_total", { operation: "DescribeContact", outcome: "not_found" }),
    ).toBe(1);
    expect(moved("ccb_connect_call_duration_seconds_count", { operation: "DescribeContact" })).toBe(
      3,
    );
    expect(moved("ccb_connect_throttle_wait_seconds_count")).toBeGreaterThanOrEqual(3);
    expect(moved("ccb_slack_api_errors_total", { method: "inbound", error: "signature" })).toBe(1);
    expect(moved("ccb_slack_api_errors_total", failedPost)).toBe(1);
    expect(moved("ccb_deduplicated_events_total", { reason: "event" })).toBe(1);
    expect(sample(metrics.body, "process_cpu_user_seconds_total")).toBeGreaterThan(0);
  });
});
