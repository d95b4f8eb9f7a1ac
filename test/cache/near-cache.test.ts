import { describe, expect, it } from "vitest";
import type { Cache } from "../../src/cache/cache.js";
import { createMemoryCache } from "../../src/cache/memory-cache.js";
import { createNearCache } from "../../src/cache/near-cache.js";

function countingFar(): Cache & { reads: number } {
  const inner = createMemoryCache();
  const far = {
    ...inner,
    reads: 0,
    async get(key: string) {
      far.reads += 1;
      return inner.get(key);
    },
  };
  return far;
}

describe("createNearCache", () => {
  it("answers repeated reads from memory after the first reaches the shared cache", async () => {
    const far = countingFar();
    await far.set("contact:a", "A", 3600);
    const cache = createNearCache({ far });
    expect(await cache.get("contact:a")).toBe("A");
    expect(await cache.get("contact:a")).toBe("A");
    expect(far.reads).toBe(1);
  });

  it("writes through, so other replicas see what this one cached", async () => {
    const far = countingFar();
    const cache = createNearCache({ far });
    await cache.set("k", "v", 60);
    expect(await far.get("k")).toBe("v");
  });

  it("keeps nothing in memory longer than its own TTL or the entry's", async () => {
    const far = countingFar();
    const cache = createNearCache({ far, ttlSeconds: 30 });
    await cache.set("short", "s", 0.05);
    await cache.get("short");
    await new Promise((resolve) => setTimeout(resolve, 80));
    await far.set("short", "changed", 60);
    expect(await cache.get("short")).toBe("changed");
  });

  it("always claims keys in the shared cache, never in memory", async () => {
    const far = countingFar();
    const replicaA = createNearCache({ far });
    const replicaB = createNearCache({ far });
    expect(await replicaA.setIfAbsent("dedupe:event:E1", "1", 600)).toBe(true);
    expect(await replicaB.setIfAbsent("dedupe:event:E1", "1", 600)).toBe(false);
  });

  it("forgets deleted keys on both layers", async () => {
    const far = countingFar();
    const cache = createNearCache({ far });
    await cache.set("k", "v", 60);
    await cache.delete("k");
    expect(await cache.get("k")).toBeUndefined();
  });

  it("holds at most 16 MB in memory by default, however few the entries", async () => {
    const far = countingFar();
    const cache = createNearCache({ far });
    const mebibyte = "x".repeat(1024 * 1024);
    for (let i = 0; i < 20; i++) await cache.set(`directory:${i}`, `${mebibyte}${i}`, 600);
    await cache.get("directory:19");
    expect(far.reads).toBe(0);
    await cache.get("directory:0");
    expect(far.reads).toBe(1);
  });
});
