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

/**
 * Asks for each contact, one after the other, checks each answer is its summary, and returns the
 * slowest time, for the log: the bench measures speed, these tests what the bot answers.
 */
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
  const dropped = await dedupedEvents(h);
  await h.event(event, { eventId: `Ev${ts}` });
  await h.event(event, { eventId: `Ev${ts}`, retryNum: 1 });
  await h.slack.waitFor(() => h.slack.calls.some((c) => c.args.thread_ts === ts));
  // The bot says it dropped the retry: from then on it cannot be posted.
  await eventually(async () => (await dedupedEvents(h)) > dropped);
  return h.slack.calls.filter((c) => c.method === "chat.postMessage" && c.args.thread_ts === ts)
    .length;
}

/** Slack events the bot dropped as duplicates so far (ccb_deduplicated_events_total). */
async function dedupedEvents(h: Harness): Promise<number> {
  const body = await (await fetch(`${h.baseUrl}/metrics`)).text();
  return [...body.matchAll(/^ccb_deduplicated_events_total(?:\{[^}]*\})? (\S+)$/gm)].reduce(
    (sum, match) => sum + Number(match[1]),
    0,
  );
}

/** Until the bot logged `msg` (the cache's fail-open path tells the operator so). */
async function logged(h: Harness, msg: string): Promise<void> {
  await h.slack.waitFor(() => h.logs.some((line) => line.msg === msg));
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

  it("keeps answering, a timed-out command skips Redis; de-dup falls back to memory; Redis comes back", async () => {
    const normalHit = await slowest(h, [CONTACT_IDS.voiceInbound, CONTACT_IDS.voiceInbound]);
    const normalMiss = await slowest(h, seedFresh(h, 3));
    proxy.blackhole();
    const outageHit = await slowest(h, [CONTACT_IDS.voiceInbound, CONTACT_IDS.voiceInbound]);
    const outageMiss = await slowest(h, seedFresh(h, 3));
    console.log(
      `Redis black-holed: cached contact ${outageHit} ms vs ${normalHit} ms normal; ` +
        `uncached ${outageMiss} ms vs ${normalMiss} ms normal`,
    );
    // Every lookup above was answered; the partition cost a command timeout, after which the
    // cache skips Redis (the unit tests count the commands) rather than wait on it again.
    await logged(h, "Redis command failed, treating it as a cache miss");
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

  it("keeps answering, de-duplicates in memory, and uses Redis again once it is back", async () => {
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
    // Every lookup above was answered, from Connect and the in-process fallback; the client's
    // first failed reconnect tells the operator.
    await logged(h, "Redis unavailable, caching in-process until it is back");
    expect(await alertTwice(h, CONTACT_IDS.email)).toBe(1);

    await redis.restart();
    await eventually(async () => (await redisState(h)) === "redis");
    await cachedInRedis(h);
  });
});
