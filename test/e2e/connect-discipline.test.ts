import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { CONTACT_IDS } from "../fixtures/contacts.js";
import { startConnectEmulator } from "../support/connect-emulator.js";
import { startFakeSlack } from "../support/fake-slack.js";
import { type Harness, nthAnswer, startHarness, textOf } from "./harness.js";
import { seedFresh, timedAsk } from "./lookups.js";
import { seedSearch } from "./search-seed.js";
import { seedConnect } from "./seed.js";

const RPS = 5;
const BURST = 5;

let h: Harness;
beforeAll(async () => {
  // Connect's quota, emulated with the numbers the bot's token bucket is given, plus a few tokens
  // of slack: on a loaded machine requests the bot spaced out can reach the emulator bunched up.
  // Without the bot's bucket a burst of 20 would still be throttled 12 times.
  const connect = await startConnectEmulator({ rateLimit: { rps: RPS, burst: BURST + 3 } });
  seedConnect(connect);
  seedSearch(connect);
  const slack = await startFakeSlack();
  h = await startHarness({
    share: { connect, slack },
    redis: false,
    env: { CONNECT_MAX_RPS: String(RPS), CONNECT_BURST: String(BURST) },
  });
  // Warm the SDK and the name caches; then let both buckets fill up again.
  await timedAsk(h, CONTACT_IDS.minimal);
  await new Promise((r) => setTimeout(r, 1500));
});
afterAll(async () => {
  await h?.stop();
  await Promise.all([h?.slack.stop(), h?.connect.stop()]);
});
beforeEach(() => {
  h.connect.reset();
  h.slack.reset();
  h.connect.setLatency(0);
});

describe("Amazon Connect discipline", () => {
  it("queues a burst behind its token bucket instead of being throttled", async () => {
    const ids = seedFresh(h, 20);
    const started = performance.now();
    const answers = await Promise.all(ids.map((id) => timedAsk(h, id)));
    const wallMs = Math.round(performance.now() - started);
    console.log(
      `20 distinct contacts at ${RPS} rps / burst ${BURST}: all answered in ${wallMs} ms`,
    );
    expect(answers.map(({ answer }, i) => textOf(answer).includes(ids[i]!))).not.toContain(false);
    expect(h.connect.throttled).toBe(0);
    expect(h.connect.count("DescribeContact")).toBe(20);
    // 5 at once, then one every 200 ms: the queue really waited.
    expect(wallMs).toBeGreaterThan(((20 - BURST) / RPS) * 1000 - 200);
  });

  it("queues searches behind the same per-operation bucket", async () => {
    // The queue names first (one ListQueues), then 12 searches at once: 5 at once, then paced.
    await nthAnswer(h, (await h.command('search queue:"Billing Support"')).responseUrl);
    await new Promise((r) => setTimeout(r, 1500));
    h.connect.reset();
    const sent = await Promise.all(
      Array.from({ length: 12 }, () => h.command('search queue:"Billing Support" abandoned')),
    );
    const answers = await Promise.all(sent.map(({ responseUrl }) => nthAnswer(h, responseUrl)));
    for (const answer of answers) expect(textOf(answer)).toContain("1 found");
    expect(h.connect.count("SearchContacts")).toBe(12);
    expect(h.connect.throttled).toBe(0);
  });

  it("coalesces 20 concurrent lookups of one contact into one DescribeContact", async () => {
    const [id] = seedFresh(h, 1);
    h.connect.setLatency(300);
    const answers = await Promise.all(Array.from({ length: 20 }, () => timedAsk(h, id!)));
    for (const { answer } of answers) expect(textOf(answer)).toContain(id);
    expect(h.connect.count("DescribeContact")).toBe(1);
  });

  it("remembers a contact that does not exist: one DescribeContact for two lookups", async () => {
    const unknown = randomUUID();
    for (let i = 0; i < 2; i++) {
      const { answer } = await timedAsk(h, unknown);
      expect(textOf(answer)).toMatch(/could not find|not found/i);
    }
    expect(h.connect.count("DescribeContact")).toBe(1);
  });

  it("retries a 500 (SDK retry) and answers", async () => {
    const [id] = seedFresh(h, 1);
    h.connect.failNext("DescribeContact", { status: 500, type: "InternalServiceException" });
    const { answer } = await timedAsk(h, id!);
    expect(textOf(answer)).toContain(id);
    expect(h.connect.count("DescribeContact")).toBe(2);
  });

  it("answers with an error, at its deadline, while Connect hangs", async () => {
    const [id] = seedFresh(h, 1);
    // Connect never answers: only the deadline can end the lookup (a hang fails the test).
    h.connect.hangNext("DescribeContact", 10);
    const { answer, ms } = await timedAsk(h, id!);
    console.log(`Connect hanging: error answer after ${ms} ms`);
    expect(textOf(answer)).toMatch(/Amazon Connect did not answer within \d+ s/);
  });
});

describe("a per-request timeout that really throws", () => {
  it("gives up on one hung request after CONNECT_TIMEOUT_MS and retries it", async () => {
    const fast = await startHarness({
      share: { connect: h.connect, slack: h.slack },
      redis: false,
      env: { CONNECT_TIMEOUT_MS: "400" },
    });
    try {
      const [id] = seedFresh(h, 1);
      h.connect.hangNext("DescribeContact", 1);
      const { answer, ms } = await timedAsk(fast, id!);
      console.log(`one hung DescribeContact, CONNECT_TIMEOUT_MS=400: answered in ${ms} ms`);
      // Answered by the retry, so the hung attempt was given up rather than waited out.
      expect(textOf(answer)).toContain(id);
      expect(h.connect.count("DescribeContact")).toBe(2);
    } finally {
      await fast.stop();
    }
  });
});
