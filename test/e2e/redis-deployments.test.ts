import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createRedisClient, type RedisClient } from "../../src/cache/redis-client.js";
import { INSTANCE_ID } from "../fixtures/contacts.js";
import { type RedisCluster, startRedisCluster } from "../support/redis-cluster.js";
import { ACL_PASSWORD, ACL_USER, startTlsRedis, type TlsRedis } from "../support/redis-tls.js";
import { eventually } from "./eventually.js";
import { type Harness, startHarness, textOf } from "./harness.js";
import { seedFresh, timedAsk } from "./lookups.js";
import { readiness } from "./readiness.js";

describe("ElastiCache-style TLS with an ACL user (rediss://user:password@, private CA)", () => {
  let tls: TlsRedis;
  let h: Harness;
  let raw: RedisClient;
  const prefix = `tls-${randomUUID().slice(0, 8)}:`;
  beforeAll(async () => {
    tls = await startTlsRedis();
    const env = { REDIS_URL: tls.url, REDIS_TLS_CA_FILE: tls.caFile, REDIS_KEY_PREFIX: prefix };
    h = await startHarness({ redis: false, env });
    raw = createRedisClient(tls.url, { tlsCaFile: tls.caFile });
  });
  afterAll(async () => {
    raw?.disconnect();
    await h?.stop();
    await tls?.stop();
  });

  it("connects over TLS as the ACL user and caches there", async () => {
    expect((await readiness(h)).redis).toBe("redis");
    const [id] = seedFresh(h, 1);
    const { answer } = await timedAsk(h, id!);
    expect(textOf(answer)).toContain(id);
    await eventually(async () => (await raw.get(`${prefix}contact:${INSTANCE_ID}:${id}`)) !== null);
    expect(await raw.call("ACL", "WHOAMI")).toBe("bot");
  });

  it("takes the ACL user and password from REDIS_USERNAME and REDIS_PASSWORD, unencoded", async () => {
    const env = {
      REDIS_URL: tls.endpoint,
      REDIS_USERNAME: ACL_USER,
      REDIS_PASSWORD: ACL_PASSWORD,
      REDIS_TLS_CA_FILE: tls.caFile,
      REDIS_KEY_PREFIX: prefix,
    };
    const separate = await startHarness({ share: h, env });
    try {
      expect((await readiness(separate)).redis).toBe("redis");
      const [id] = seedFresh(h, 1);
      expect(textOf((await timedAsk(separate, id!)).answer)).toContain(id);
      await eventually(
        async () => (await raw.get(`${prefix}contact:${INSTANCE_ID}:${id}`)) !== null,
      );
      expect(JSON.stringify(separate.logs)).not.toContain(ACL_PASSWORD);
    } finally {
      await separate.bot.stop();
    }
  });

  it("refuses a server whose certificate the CA file does not vouch for, and starts degraded", async () => {
    const untrusted = await startHarness({
      share: h,
      env: { REDIS_URL: tls.url, REDIS_CONNECT_TIMEOUT_MS: "300" },
    });
    try {
      expect((await readiness(untrusted)).redis).toBe("degraded");
      expect(untrusted.logs.some((l) => l.msg?.toString().includes("starting degraded"))).toBe(
        true,
      );
      const [id] = seedFresh(h, 1);
      expect(textOf((await timedAsk(untrusted, id!)).answer)).toContain(id);
    } finally {
      await untrusted.bot.stop();
    }
  });
});

describe("cluster mode (REDIS_CLUSTER=true, three masters, AUTH token in REDIS_PASSWORD)", () => {
  const password = "cluster-auth-token";
  let cluster: RedisCluster;
  let first: Harness;
  let second: Harness;
  let raw: RedisClient;
  const prefix = `cl-${randomUUID().slice(0, 8)}:`;
  beforeAll(async () => {
    cluster = await startRedisCluster({ password });
    const env = {
      REDIS_URL: cluster.url,
      REDIS_PASSWORD: password,
      REDIS_CLUSTER: "true",
      REDIS_KEY_PREFIX: prefix,
    };
    first = await startHarness({ redis: false, env });
    second = await startHarness({ share: first, env });
    raw = createRedisClient(cluster.url, { cluster: true, password });
  }, 30_000);
  afterAll(async () => {
    raw?.disconnect();
    await second?.bot.stop();
    await first?.stop();
    await cluster?.stop();
  });

  it("spreads the cache over the masters, and a second replica reads what the first cached", async () => {
    expect((await readiness(first)).redis).toBe("redis");
    const ids = seedFresh(first, 6);
    for (const id of ids) await timedAsk(first, id);
    expect(first.connect.count("DescribeContact")).toBe(6);
    const keys = ids.map((id) => `${prefix}contact:${INSTANCE_ID}:${id}`);
    await eventually(async () =>
      (await Promise.all(keys.map((k) => raw.exists(k)))).every(Boolean),
    );
    const slots = new Set(await Promise.all(keys.map((k) => raw.call("CLUSTER", "KEYSLOT", k))));
    expect(slots.size).toBeGreaterThan(1);
    for (const id of ids) expect(textOf((await timedAsk(second, id)).answer)).toContain(id);
    expect(first.connect.count("DescribeContact")).toBe(6);
  });

  it("goes on answering, uncached, when a master dies", async () => {
    await cluster.kill(1);
    const ids = seedFresh(first, 4);
    for (const id of ids) {
      expect(textOf((await timedAsk(first, id)).answer)).toContain(id);
      expect(textOf((await timedAsk(second, id)).answer)).toContain(id);
    }
    expect((await fetch(`${first.baseUrl}/readyz`)).status).toBe(200);
  });
});
