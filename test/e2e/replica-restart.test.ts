import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createRedisClient, type RedisClient } from "../../src/cache/redis-client.js";
import { type BlackholeProxy, startBlackholeProxy } from "../support/blackhole-proxy.js";
import { freePort } from "../support/free-port.js";
import { eventCallbackBody, postSigned } from "../support/slack-request.js";
import { eventually } from "./eventually.js";
import { type Harness, SIGNING_SECRET, startHarness, textOf } from "./harness.js";
import { seedFresh, timedAsk } from "./lookups.js";
import {
  alertEnv,
  alertMessage,
  freshTs,
  settle,
  threadPosts,
  waitForPosts,
} from "./surface-support.js";

// Every replica here shares the claims and the cache under this prefix.
const PREFIX = `restart-${randomUUID().slice(0, 8)}:`;

let base: Harness;
let proxy: BlackholeProxy;
let raw: RedisClient;
beforeAll(async () => {
  base = await startHarness({ env: alertEnv(PREFIX) });
  proxy = await startBlackholeProxy(base.redis!.port);
  raw = createRedisClient(base.redis!.url);
});
afterAll(async () => {
  raw?.disconnect();
  await base?.stop();
  await proxy?.stop();
});

const readiness = async (port: number) => {
  const res = await fetch(`http://127.0.0.1:${port}/readyz`);
  return { status: res.status, body: (await res.json()) as { redis: string; starting: boolean } };
};

/** An alert naming one fresh contact, so each test's thread gets exactly one summary. */
function freshAlert(h: Harness) {
  const [id] = seedFresh(h, 1);
  return { ts: freshTs(), eventId: `Ev${randomUUID()}`, text: `contact ${id} failed` };
}

describe("a replica restarting while Redis is slow to answer", () => {
  let replica: Harness | undefined;
  afterAll(async () => {
    await replica?.stop();
  });

  it("is not ready until Redis is, then serves from Redis and answers a retried event once", async () => {
    const [id] = seedFresh(base, 1);
    await timedAsk(base, id!);
    const alert = freshAlert(base);
    await base.event(alertMessage(alert.ts, alert.text), { eventId: alert.eventId });
    await waitForPosts(base, alert.ts, 1);
    base.connect.reset();

    proxy.blackhole();
    const port = await freePort();
    const env = alertEnv(PREFIX, { REDIS_URL: proxy.url, PORT: String(port) });
    const starting = startHarness({ share: base, env });
    const probes: Awaited<ReturnType<typeof readiness>>[] = [];
    await eventually(async () => probes.push(await readiness(port)) > 0);
    expect(probes[0]?.status).toBe(503);
    expect(probes[0]?.body).toMatchObject({ starting: true, redis: "connecting" });
    // Slack's retry arrives while the replica still waits for Redis: it waits too.
    const body = eventCallbackBody(alertMessage(alert.ts, alert.text), { eventId: alert.eventId });
    const events = `http://127.0.0.1:${port}/slack/events`;
    const retry = postSigned(events, body, { secret: SIGNING_SECRET, retryNum: 1 });
    await settle();
    proxy.restore();
    replica = await starting;
    expect((await retry).status).toBe(200);
    expect((await readiness(port)).status).toBe(200);

    expect(textOf((await timedAsk(replica, id!)).answer)).toContain(id);
    expect(base.connect.count("DescribeContact")).toBe(0);
    await replica.event(alertMessage(alert.ts, alert.text), {
      eventId: alert.eventId,
      retryNum: 2,
    });
    await settle();
    expect(threadPosts(base, alert.ts)).toHaveLength(1);
  });

  it("starts degraded after REDIS_CONNECT_TIMEOUT_MS, and says so in the log", async () => {
    proxy.blackhole();
    try {
      const env = alertEnv(PREFIX, { REDIS_URL: proxy.url, REDIS_CONNECT_TIMEOUT_MS: "300" });
      const degraded = await startHarness({ share: base, env });
      try {
        expect(degraded.logs.map((l) => l.msg)).toContain(
          "Redis not ready at start: starting degraded, caching in-process",
        );
        const { status, body } = await readiness(degraded.bot.port);
        expect([status, body.redis]).toEqual([200, "degraded"]);
      } finally {
        await degraded.stop();
      }
    } finally {
      proxy.restore();
    }
  });
});

describe("an alert claimed while Redis was black-holed", () => {
  let replica: Harness;
  beforeAll(async () => {
    replica = await startHarness({ share: base, env: alertEnv(PREFIX, { REDIS_URL: proxy.url }) });
  });
  afterAll(async () => {
    await replica?.stop();
  });

  it("stays claimed after Redis is back, on this replica and, once written there, on the others", async () => {
    const alert = freshAlert(base);
    proxy.blackhole();
    await replica.event(alertMessage(alert.ts, alert.text), { eventId: alert.eventId });
    await waitForPosts(base, alert.ts, 1);
    // The partition ends in a reset: whatever the replica had sent meanwhile never reached Redis.
    proxy.reset();
    await eventually(async () => (await readiness(replica.bot.port)).body.redis === "redis");
    await eventually(
      async () => (await raw.get(`${PREFIX}dedupe:event:${alert.eventId}`)) !== null,
    );

    await replica.event(alertMessage(alert.ts, alert.text), {
      eventId: alert.eventId,
      retryNum: 1,
    });
    await base.event(alertMessage(alert.ts, alert.text), { eventId: alert.eventId, retryNum: 2 });
    await settle();
    expect(threadPosts(base, alert.ts)).toHaveLength(1);
  });
});
