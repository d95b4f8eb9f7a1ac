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

  it("holds at most 64 MB by default, however few the entries", async () => {
    const cache = createMemoryCache();
    // Joined onto one string, the values cost V8 little; the cache counts their length.
    const mebibyte = "x".repeat(1024 * 1024);
    for (let i = 0; i < 100; i++) await cache.set(`directory:${i}`, `${mebibyte}${i}`, 600);
    expect(await cache.get("directory:0")).toBeUndefined();
    expect(await cache.get("directory:99")).toBe(`${mebibyte}99`);
  });

  it("keeps to the byte budget it is given, dropping the oldest first", async () => {
    const cache = createMemoryCache({ maxBytes: 10_000 });
    for (let i = 0; i < 10; i++) await cache.set(`k${i}`, "v".repeat(1000), 600);
    expect(await cache.get("k0")).toBeUndefined();
    expect(await cache.get("k9")).toBe("v".repeat(1000));
    await cache.set("huge", "v".repeat(10_000), 600);
    expect(await cache.get("huge")).toBeUndefined();
  });
});
