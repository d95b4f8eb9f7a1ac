import { Redis } from "ioredis";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { CONTACT_IDS, INSTANCE_ID } from "../fixtures/contacts.js";
import { type BlackholeProxy, startBlackholeProxy } from "../support/blackhole-proxy.js";
import { type RedisServer, startRedis } from "../support/redis-server.js";
import { slackTs } from "../support/slack-payload-parts.js";
import { eventually } from "./eventually.js";
import { type Harness, startHarness, textOf } from "./harness.js";
import { seedFresh, timedAsk } from "./lookups.js";

const ALERT_CHANNEL = "CALERT";
const PREFIX = "faults:";
/** Generous Connect pacing, so that the figures below measure Redis and nothing else. */
const ENV = {
  REDIS_KEY_PREFIX: PREFIX,
  ALERT_CHANNEL_IDS: ALERT_CHANNEL,
  CONNECT_MAX_RPS: "100",
  CONNECT_BURST: "100",
};

/** The slowest of a few lookups: each must stay within 1 s of normal, not just on average. */
async function slowest(h: Harness, ids: readonly string[]): Promise<number> {
  let worst = 0;
  for (const id of ids) {
    const { answer, ms } = await timedAsk(h, id);
    expect(textOf(answer)).toContain(id);
    worst = Math.max(worst, ms);
  }
  return worst;
}

/** The same alert delivered twice (Slack's retry): answered once, whatever Redis is doing. */
async function alertTwice(h: Harness, contactId: string): Promise<number> {
  const ts = slackTs();
  const event = { type: "message", channel: ALERT_CHANNEL, user: "UALERTS", ts, text: contactId };
  await h.event(event, { eventId: `Ev${ts}` });
  await h.event(event, { eventId: `Ev${ts}`, retryNum: 1 });
  await h.slack.waitFor(() => h.slack.calls.some((c) => c.args.thread_ts === ts));
  // A duplicate would come one pacing interval (1 s) after the first post.
  await new Promise((r) => setTimeout(r, 1200));
  return h.slack.calls.filter((c) => c.method === "chat.postMessage" && c.args.thread_ts === ts)
    .length;
}

async function redisState(h: Harness): Promise<string> {
  const res = await fetch(`${h.baseUrl}/readyz`);
  expect(res.status).toBe(200);
  return ((await res.json()) as { redis: string }).redis;
}

/** Looks up a new contact and waits until its cache entry is in Redis itself. */
async function cachedInRedis(h: Harness): Promise<void> {
  const [id] = seedFresh(h, 1);
  await slowest(h, [id!]);
  const key = `${PREFIX}contact:${INSTANCE_ID}:${id}`;
  await eventually(async () => (await raw.exists(key)) === 1);
}

let redis: RedisServer;
let raw: Redis;
beforeAll(async () => {
  redis = await startRedis();
  raw = new Redis(redis.url, { lazyConnect: true, maxRetriesPerRequest: 0 });
  // It reconnects by itself after the kill below; its connection errors are expected.
  raw.on("error", () => undefined);
});
afterAll(async () => {
  raw?.disconnect();
  await redis?.stop();
});

describe("Redis black-holed (a partition: the socket stays open, nothing answers)", () => {
  let h: Harness;
  let proxy: BlackholeProxy;
  beforeAll(async () => {
    proxy = await startBlackholeProxy(redis.port);
    h = await startHarness({
      redis: false,
      env: { ...ENV, REDIS_URL: proxy.url },
    });
    await slowest(h, [CONTACT_IDS.voiceInbound]);
  });
  afterAll(async () => {
    await h?.stop();
    await proxy?.stop();
  });
  afterEach(() => proxy.restore());

  it("keeps answering, each lookup within 1 s of normal; de-dup falls back to memory; Redis comes back", async () => {
    const normalHit = await slowest(h, [CONTACT_IDS.voiceInbound, CONTACT_IDS.voiceInbound]);
    const normalMiss = await slowest(h, seedFresh(h, 3));
    proxy.blackhole();
    const outageHit = await slowest(h, [CONTACT_IDS.voiceInbound, CONTACT_IDS.voiceInbound]);
    const outageMiss = await slowest(h, seedFresh(h, 3));
    console.log(
      `Redis black-holed: cached contact ${outageHit} ms vs ${normalHit} ms normal; ` +
        `uncached ${outageMiss} ms vs ${normalMiss} ms normal`,
    );
    expect(outageHit).toBeLessThan(normalHit + 1000);
    expect(outageMiss).toBeLessThan(normalMiss + 1000);
    expect(await alertTwice(h, CONTACT_IDS.chat)).toBe(1);
    expect(await redisState(h)).toBe("degraded");

    proxy.restore();
    await eventually(async () => (await redisState(h)) === "redis");
    await cachedInRedis(h);
  });
});

describe("Redis killed mid-run", () => {
  let h: Harness;
  beforeAll(async () => {
    h = await startHarness({ redis: false, env: { ...ENV, REDIS_URL: redis.url } });
    await slowest(h, [CONTACT_IDS.task]);
  });
  afterAll(async () => {
    await h?.stop();
  });

  it("keeps answering within 1 s of normal, de-duplicates in memory, and uses Redis again once it is back", async () => {
    await cachedInRedis(h);
    const normalHit = await slowest(h, [CONTACT_IDS.task, CONTACT_IDS.task]);
    const normalMiss = await slowest(h, seedFresh(h, 3));
    await redis.kill();
    await eventually(async () => (await redisState(h)) === "degraded");
    const outageHit = await slowest(h, [CONTACT_IDS.task, CONTACT_IDS.task]);
    const outageMiss = await slowest(h, seedFresh(h, 3));
    console.log(
      `Redis killed: cached contact ${outageHit} ms vs ${normalHit} ms normal; ` +
        `uncached ${outageMiss} ms vs ${normalMiss} ms normal`,
    );
    expect(outageHit).toBeLessThan(normalHit + 1000);
    expect(outageMiss).toBeLessThan(normalMiss + 1000);
    expect(await alertTwice(h, CONTACT_IDS.email)).toBe(1);

    await redis.restart();
    await eventually(async () => (await redisState(h)) === "redis");
    await cachedInRedis(h);
  });
});
