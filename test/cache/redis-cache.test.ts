import type { Redis } from "ioredis";
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from "vitest";
import type { Cache } from "../../src/cache/cache.js";
import { createMemoryCache } from "../../src/cache/memory-cache.js";
import {
  type CacheLogger,
  createRedisCache,
  createRedisClient,
} from "../../src/cache/redis-cache.js";
import { type RedisServer, startRedis } from "../support/redis-server.js";

const PREFIX = "ccb-test:";
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

async function until(check: () => boolean | Promise<boolean>, ms: number): Promise<void> {
  const deadline = Date.now() + ms;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error(`condition not met within ${ms} ms`);
    await sleep(25);
  }
}

let server: RedisServer;
let opened: Cache[];
let raw: Redis;

beforeAll(async () => {
  server = await startRedis();
});
afterAll(async () => {
  await server.stop();
});

beforeEach(async () => {
  opened = [];
  raw = createRedisClient(server.url);
  await until(() => raw.status === "ready", 3000);
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

async function openCache(logger?: CacheLogger): Promise<Cache> {
  const redis = createRedisClient(server.url, { logger });
  const cache = createRedisCache({
    redis,
    keyPrefix: PREFIX,
    fallback: createMemoryCache(),
    logger,
  });
  opened.push(cache);
  await until(() => cache.state() === "redis", 3000);
  return cache;
}

describe("createRedisCache against a real Redis", () => {
  it("stores under the key prefix with the TTL, reads and deletes", async () => {
    const cache = await openCache();
    await cache.set("contact:1", "value", 60);
    await until(async () => (await cache.get("contact:1")) === "value", 1000);
    expect(await raw.get(`${PREFIX}contact:1`)).toBe("value");
    expect(await raw.get("contact:1")).toBeNull();
    expect(await raw.ttl(`${PREFIX}contact:1`)).toBeGreaterThan(55);
    await cache.delete("contact:1");
    await until(async () => (await cache.get("contact:1")) === undefined, 1000);
  });

  it("lets entries expire", async () => {
    const cache = await openCache();
    await cache.set("short", "v", 1);
    await until(async () => (await cache.get("short")) === "v", 1000);
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
    const cache = await openCache(logger);
    await cache.set("before", "v", 60);
    await until(async () => (await cache.get("before")) === "v", 1000);

    await server.kill();
    await until(() => cache.state() === "degraded", 2000);

    let started = Date.now();
    expect(await cache.get("before")).toBeUndefined();
    expect(Date.now() - started).toBeLessThan(500);

    started = Date.now();
    await expect(cache.set("during", "v", 60)).resolves.toBeUndefined();
    await expect(cache.delete("before")).resolves.toBeUndefined();
    expect(Date.now() - started).toBeLessThan(500);

    // De-duplication keeps working on this replica, in-process.
    expect(await cache.setIfAbsent("event:2", "x", 60)).toBe(true);
    expect(await cache.setIfAbsent("event:2", "y", 60)).toBe(false);

    // Several reconnect attempts fail meanwhile; the outage is logged once.
    await sleep(700);
    expect(lines.filter((l) => l.startsWith("warn"))).toHaveLength(1);

    await server.restart();
    await until(() => cache.state() === "redis", 5000);
    expect(lines.filter((l) => l.startsWith("info"))).toHaveLength(1);
    await cache.set("after", "v", 60);
    await until(async () => (await cache.get("after")) === "v", 1000);
    expect(await cache.setIfAbsent("event:3", "x", 60)).toBe(true);
    expect(await cache.setIfAbsent("event:3", "y", 60)).toBe(false);
  });

  it("gives up on a hung Redis after the command timeout", async () => {
    const cache = await openCache();
    await cache.set("k", "v", 60);
    await until(async () => (await cache.get("k")) === "v", 1000);
    const pauseMs = 800;
    await raw.call("CLIENT", "PAUSE", String(pauseMs), "ALL");
    const started = Date.now();
    expect(await cache.get("k")).toBeUndefined();
    expect(Date.now() - started).toBeLessThan(600);
    // After one timeout Redis is skipped for a while: the next command does not wait again.
    const again = Date.now();
    expect(await cache.get("k")).toBeUndefined();
    expect(Date.now() - again).toBeLessThan(50);
    expect(cache.state()).toBe("degraded");
    await expect(cache.set("k2", "v", 60)).resolves.toBeUndefined();
    // The pause blocks every client, UNPAUSE included: wait it out, and the 3 s skip.
    await sleep(pauseMs - (Date.now() - started) + 100);
    await until(async () => (await cache.get("k")) === "v", 4000);
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
    const started = Date.now();
    await expect(redis.get("k")).rejects.toThrow();
    expect(Date.now() - started).toBeLessThan(500);
    redis.disconnect();
  });
});
