import { describe, expect, it } from "vitest";
import { createMemoryCache } from "../../src/cache/memory-cache.js";

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

describe("createMemoryCache", () => {
  it("stores, reads and deletes", async () => {
    const cache = createMemoryCache();
    expect(await cache.get("k")).toBeUndefined();
    await cache.set("k", "v", 60);
    expect(await cache.get("k")).toBe("v");
    await cache.delete("k");
    expect(await cache.get("k")).toBeUndefined();
    expect(cache.state()).toBe("memory");
  });

  it("expires each entry after its own TTL", async () => {
    const cache = createMemoryCache();
    await cache.set("short", "v", 1);
    await cache.set("long", "v", 60);
    await sleep(1100);
    expect(await cache.get("short")).toBeUndefined();
    expect(await cache.get("long")).toBe("v");
  });

  it("stores with setIfAbsent only once, even when called concurrently", async () => {
    const cache = createMemoryCache();
    const results = await Promise.all(
      Array.from({ length: 10 }, (_, i) => cache.setIfAbsent("event", String(i), 60)),
    );
    expect(results.filter(Boolean)).toHaveLength(1);
    expect(await cache.get("event")).toBe(String(results.indexOf(true)));
  });

  it("lets setIfAbsent store again once the entry expired", async () => {
    const cache = createMemoryCache();
    expect(await cache.setIfAbsent("event", "1", 1)).toBe(true);
    await sleep(1100);
    expect(await cache.setIfAbsent("event", "2", 1)).toBe(true);
  });

  it("evicts the least recently used entry beyond max", async () => {
    const cache = createMemoryCache({ max: 2 });
    await cache.set("a", "1", 60);
    await cache.set("b", "2", 60);
    await cache.get("a");
    await cache.set("c", "3", 60);
    expect(await cache.get("b")).toBeUndefined();
    expect(await cache.get("a")).toBe("1");
  });
});
