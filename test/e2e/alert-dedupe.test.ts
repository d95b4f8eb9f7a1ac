import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { CONTACT_IDS } from "../fixtures/contacts.js";
import { type Harness, startHarness } from "./harness.js";
import {
  alertEnv,
  alertMessage,
  freshTs,
  settle,
  threadPosts,
  waitForPosts,
} from "./surface-support.js";

// Both replicas (and the restarted bot) use this prefix: the claim lives under it in Redis.
const PREFIX = `dedupe-${randomUUID().slice(0, 8)}:`;

let first: Harness;
let second: Harness;
beforeAll(async () => {
  first = await startHarness({ env: alertEnv(PREFIX) });
  second = await startHarness({ share: first, env: alertEnv(PREFIX) });
});
afterAll(async () => {
  await second?.stop();
  await first?.stop();
});
beforeEach(() => {
  first.connect.reset();
  first.slack.reset();
});

const alert = (ts: string) =>
  alertMessage(ts, `PagerDuty: contact ${CONTACT_IDS.voiceInbound} dropped`, { user: "U42" });

describe("alert threads are enriched once", () => {
  it("ignores Slack's retry of an event, even one arriving while the first is handled", async () => {
    const ts = freshTs();
    const eventId = `Ev${randomUUID()}`;
    const [original, retry] = await Promise.all([
      first.event(alert(ts), { eventId }),
      first.event(alert(ts), { eventId, retryNum: 1 }),
    ]);
    expect([original.status, retry.status]).toEqual([200, 200]);
    await waitForPosts(first, ts, 1);
    await first.event(alert(ts), { eventId, retryNum: 2 });
    await settle();
    expect(threadPosts(first, ts)).toHaveLength(1);
  });

  it("enriches a message once even when Slack sends it again under a new event id", async () => {
    const ts = freshTs();
    await first.event(alert(ts));
    await waitForPosts(first, ts, 1);
    await first.event(alert(ts));
    await settle();
    expect(threadPosts(first, ts)).toHaveLength(1);
  });

  it("posts once when two replicas sharing Redis both receive the event", async () => {
    const ts = freshTs();
    const eventId = `Ev${randomUUID()}`;
    const acks = await Promise.all([
      first.event(alert(ts), { eventId }),
      second.event(alert(ts), { eventId }),
    ]);
    expect(acks.map((a) => a.status)).toEqual([200, 200]);
    await waitForPosts(first, ts, 1);
    await settle();
    expect(threadPosts(first, ts)).toHaveLength(1);
  });

  it("does not enrich again after a restart on the same Redis", async () => {
    const ts = freshTs();
    const eventId = `Ev${randomUUID()}`;
    await second.event(alert(ts), { eventId });
    await waitForPosts(first, ts, 1);
    await second.stop();
    second = await startHarness({ share: first, env: alertEnv(PREFIX) });
    await second.event(alert(ts), { eventId, retryNum: 1 });
    await second.event(alert(ts));
    await settle();
    expect(threadPosts(first, ts)).toHaveLength(1);
  });
});

describe("alert storm", () => {
  it("acks 50 concurrent alerts before their lookups, while Connect answers in 500 ms", async () => {
    // Contacts the tests above did not look up, so none is cached yet.
    const ids = [CONTACT_IDS.chat, CONTACT_IDS.email, CONTACT_IDS.abandoned];
    const storm = Array.from({ length: 50 }, (_, i) => ({
      ts: freshTs(),
      text: `CloudWatch alarm #${i}: contact ${ids[i % ids.length]} failed`,
    }));
    first.connect.setLatency(500);
    try {
      const acks = await Promise.all(
        storm.map(async ({ ts, text }) => {
          const { status } = await first.event(alertMessage(ts, text, { user: "U42" }));
          return { ts, status, at: Date.now() };
        }),
      );
      expect(acks.every((ack) => ack.status === 200)).toBe(true);
      // Then every alert still gets its summary, each posted after its alert was acked: the ack
      // did not wait for the lookup behind it.
      await first.slack.waitFor(() => storm.every(({ ts }) => threadPosts(first, ts).length === 1));
      for (const ack of acks)
        expect(threadPosts(first, ack.ts)[0]!.at).toBeGreaterThanOrEqual(ack.at);
    } finally {
      first.connect.setLatency(0);
    }
  });
});
