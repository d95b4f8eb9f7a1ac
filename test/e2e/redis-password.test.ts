import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createRedisClient, type RedisClient, redisReady } from "../../src/cache/redis-client.js";
import { INSTANCE_ID } from "../fixtures/contacts.js";
import { type RedisServer, startRedis } from "../support/redis-server.js";
import { eventually } from "./eventually.js";
import { type Harness, startHarness, textOf } from "./harness.js";
import { seedFresh, timedAsk } from "./lookups.js";
import { readiness } from "./readiness.js";

// Characters a URL would need percent-encoded: REDIS_PASSWORD takes them as they are.
const PASSWORD = "auth/token:with@odd#chars";
const WRONG = "not-the-auth-token";

describe("Redis with an AUTH token in REDIS_PASSWORD (redis-server --requirepass)", () => {
  let server: RedisServer;
  let h: Harness;
  let raw: RedisClient;
  const prefix = `pw-${randomUUID().slice(0, 8)}:`;
  beforeAll(async () => {
    server = await startRedis({ password: PASSWORD });
    const env = { REDIS_URL: server.url, REDIS_PASSWORD: PASSWORD, REDIS_KEY_PREFIX: prefix };
    h = await startHarness({ redis: false, env });
    raw = createRedisClient(server.url, { password: PASSWORD });
  });
  afterAll(async () => {
    raw?.disconnect();
    await h?.stop();
    await server?.stop();
  });

  it("connects with REDIS_PASSWORD, caches there, and never logs it", async () => {
    expect(await readiness(h)).toMatchObject({ status: "ready", redis: "redis" });
    const [id] = seedFresh(h, 1);
    expect(textOf((await timedAsk(h, id!)).answer)).toContain(id);
    await eventually(async () => (await raw.get(`${prefix}contact:${INSTANCE_ID}:${id}`)) !== null);
    expect(JSON.stringify(h.logs)).not.toContain(PASSWORD);
  });

  it.each([
    ["without REDIS_PASSWORD", {}],
    ["with a wrong REDIS_PASSWORD", { REDIS_PASSWORD: WRONG }],
  ])(
    "is not Redis-ready %s: starts degraded, answers uncached, logs no password",
    async (_, env) => {
      const refused = await startHarness({
        share: h,
        env: {
          REDIS_URL: server.url,
          REDIS_KEY_PREFIX: prefix,
          REDIS_CONNECT_TIMEOUT_MS: "300",
          ...env,
        },
      });
      try {
        expect((await readiness(refused)).redis).toBe("degraded");
        expect(refused.logs.some((l) => String(l.msg).includes("starting degraded"))).toBe(true);
        const [id] = seedFresh(h, 1);
        expect(textOf((await timedAsk(refused, id!)).answer)).toContain(id);
        expect(await raw.exists(`${prefix}contact:${INSTANCE_ID}:${id}`)).toBe(0);
        const logged = JSON.stringify(refused.logs);
        expect(logged).not.toContain(WRONG);
        expect(logged).not.toContain(PASSWORD);
      } finally {
        await refused.bot.stop();
      }
    },
  );

  it("prefers the URL's password to the option", async () => {
    const url = server.url.replace("//", `//:${encodeURIComponent(PASSWORD)}@`);
    const client = createRedisClient(url, { password: WRONG });
    try {
      expect(await redisReady(client, 5000)).toBe(true);
      expect(await client.ping()).toBe("PONG");
    } finally {
      client.disconnect();
    }
  });
});
