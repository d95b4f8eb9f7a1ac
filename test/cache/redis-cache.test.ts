import type { Redis } from "ioredis";
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from "vitest";
import type { Cache } from "../../src/cache/cache.js";
import { createMemoryCache } from "../../src/cache/memory-cache.js";
import { createRedisCache } from "../../src/cache/redis-cache.js";
import {
  type CacheLogger,
  createRedisClient,
  type RedisClient,
} from "../../src/cache/redis-client.js";
import { type RedisServer, startRedis } from "../support/redis-server.js";

const PREFIX = "ccb-test:";
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/**
 * Polls `check` until it holds. A check that throws counts as not yet: after a restart the test's
 * own client (no offline queue) refuses commands until it has reconnected.
 */
async function until(check: () => boolean | Promise<boolean>, ms = 20_000): Promise<void> {
  const deadline = Date.now() + ms;
  let lastError: unknown;
  for (;;) {
    try {
      if (await check()) return;
    } catch (error) {
      lastError = error;
    }
    if (Date.now() > deadline) {
      throw new Error(`condition not met within ${ms} ms`, { cause: lastError });
    }
    await sleep(25);
  }
}

let server: RedisServer;
let opened: Cache[];
let raw: RedisClient;

beforeAll(async () => {
  server = await startRedis();
});
afterAll(async () => {
  await server.stop();
});

beforeEach(async () => {
  opened = [];
  raw = createRedisClient(server.url);
  await until(() => raw.status === "ready");
  await raw.flushall();
});
afterEach(async () => {
  await Promise.all(opened.map((c) => c.close()));
  raw.disconnect();
});

function recordingLogger() {
  const lines: string[] = [];
  const logger: CacheLogger = {
    info: (_obj, msg) => lines.push(`info: ${msg}`),
    warn: (_obj, msg) => lines.push(`warn: ${msg}`),
  };
  return { logger, lines };
}

/** Counts the commands the cache sends to Redis, and the client's reconnect attempts. */
function watch(redis: Redis) {
  const seen = { commands: 0, reconnects: 0 };
  const send = redis.sendCommand.bind(redis);
  redis.sendCommand = (...args) => {
    seen.commands += 1;
    return send(...args);
  };
  redis.on("reconnecting", () => {
    seen.reconnects += 1;
  });
  return seen;
}

async function openWatchedCache(logger?: CacheLogger) {
  // A single node: createRedisClient makes a Cluster only when asked to.
  const redis = createRedisClient(server.url, { logger }) as Redis;
  const seen = watch(redis);
  const cache = createRedisCache({
    redis,
    keyPrefix: PREFIX,
    fallback: createMemoryCache(),
    logger,
  });
  opened.push(cache);
  await until(() => cache.state() === "redis");
  return { cache, seen };
}

async function openCache(logger?: CacheLogger): Promise<Cache> {
  return (await openWatchedCache(logger)).cache;
}

describe("createRedisCache against a real Redis", () => {
  it("stores under the key prefix with the TTL, reads and deletes", async () => {
    const cache = await openCache();
    await cache.set("contact:1", "value", 60);
    await until(async () => (await cache.get("contact:1")) === "value");
    expect(await raw.get(`${PREFIX}contact:1`)).toBe("value");
    expect(await raw.get("contact:1")).toBeNull();
    expect(await raw.ttl(`${PREFIX}contact:1`)).toBeGreaterThan(55);
    await cache.delete("contact:1");
    await until(async () => (await cache.get("contact:1")) === undefined);
  });

  it("lets entries expire", async () => {
    const cache = await openCache();
    await cache.set("short", "v", 1);
    await until(async () => (await cache.get("short")) === "v");
    await sleep(1100);
    expect(await cache.get("short")).toBeUndefined();
  });

  it("stores with setIfAbsent exactly once, within one client and across two", async () => {
    const [one, two] = [await openCache(), await openCache()];
    const results = await Promise.all([
      one.setIfAbsent("event:1", "a", 60),
      one.setIfAbsent("event:1", "b", 60),
      two.setIfAbsent("event:1", "c", 60),
      two.setIfAbsent("event:1", "d", 60),
    ]);
    expect(results.filter(Boolean)).toHaveLength(1);
    expect(await raw.ttl(`${PREFIX}event:1`)).toBeGreaterThan(55);
  });

  it("fails open while Redis is down and recovers when it is back", async () => {
    const { logger, lines } = recordingLogger();
    const { cache, seen } = await openWatchedCache(logger);
    await cache.set("before", "v", 60);
    await until(async () => (await cache.get("before")) === "v");

    await server.kill();
    await until(() => cache.state() === "degraded");

    // Nothing waits on the dead Redis: every call is served in-process, none is sent to it.
    const sent = seen.commands;
    expect(await cache.get("before")).toBeUndefined();
    await expect(cache.set("during", "v", 60)).resolves.toBeUndefined();
    expect(await cache.get("during")).toBe("v");
    await expect(cache.delete("before")).resolves.toBeUndefined();

    // De-duplication keeps working on this replica, in-process.
    expect(await cache.setIfAbsent("event:2", "x", 60)).toBe(true);
    expect(await cache.setIfAbsent("event:2", "y", 60)).toBe(false);
    expect(seen.commands).toBe(sent);

    // Several reconnect attempts fail meanwhile; the outage is logged once.
    const reconnects = seen.reconnects;
    await until(() => seen.reconnects >= reconnects + 3);
    expect(lines.filter((l) => l.startsWith("warn"))).toHaveLength(1);

    await server.restart();
    await until(() => cache.state() === "redis");
    expect(lines.filter((l) => l.startsWith("info"))).toHaveLength(1);
    await cache.set("after", "v", 60);
    await until(async () => (await cache.get("after")) === "v");
    expect(await cache.setIfAbsent("event:3", "x", 60)).toBe(true);
    expect(await cache.setIfAbsent("event:3", "y", 60)).toBe(false);
  });

  it("keeps a claim made while Redis was down once it is back, and writes it there", async () => {
    const cache = await openCache();
    await server.kill();
    await until(() => cache.state() === "degraded", 2000);
    expect(await cache.setIfAbsent("event:down", "x", 60)).toBe(true);
    // The restarted Redis is empty: it alone would grant the claim again.
    await server.restart();
    await until(() => cache.state() === "redis", 5000);
    expect(await cache.setIfAbsent("event:down", "y", 60)).toBe(false);
    await until(async () => (await raw.get(`${PREFIX}event:down`)) === "x", 10_000);
    // Written with the claim's own time left (60 s less the outage), not without one.
    expect(await raw.ttl(`${PREFIX}event:down`)).toBeGreaterThan(30);
  });

  it("gives up on a hung Redis after the command timeout", async () => {
    const { cache, seen } = await openWatchedCache();
    await cache.set("k", "v", 60);
    await until(async () => (await cache.get("k")) === "v");
    // Far longer than the 250 ms command timeout: had the get waited for Redis, it would have
    // read "v" once the pause was over.
    await raw.call("CLIENT", "PAUSE", "3000", "ALL");
    const sent = seen.commands;
    expect(await cache.get("k")).toBeUndefined();
    expect(seen.commands).toBe(sent + 1);
    // After one timeout Redis is skipped for a while: the next commands are not sent to it.
    expect(cache.state()).toBe("degraded");
    expect(await cache.get("k")).toBeUndefined();
    await expect(cache.set("k2", "v", 60)).resolves.toBeUndefined();
    expect(seen.commands).toBe(sent + 1);
    // The pause blocks every client, UNPAUSE included: Redis answers again once it and the 3 s
    // skip are over.
    await until(async () => (await cache.get("k")) === "v");
  });

  it("treats a command that fails on a live connection as a miss", async () => {
    const cache = await openCache();
    // Reading a hash with GET fails with WRONGTYPE: the connection stays up.
    await raw.hset(`${PREFIX}hash`, "f", "v");
    expect(await cache.get("hash")).toBeUndefined();
    expect(cache.state()).toBe("redis");
  });
});

describe("createRedisClient", () => {
  it("fails commands at once rather than queueing them while Redis is unreachable", async () => {
    const redis = createRedisClient("redis://127.0.0.1:1", { connectTimeoutMs: 200 });
    // Refused before it is written anywhere, rather than held until a connection or a timeout.
    await expect(redis.get("k")).rejects.toThrow(/enableOfflineQueue options is false/);
    redis.disconnect();
  });
});
