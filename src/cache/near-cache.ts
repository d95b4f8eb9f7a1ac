import { LRUCache } from "lru-cache";
import type { Cache } from "./cache.js";
import { entrySize } from "./entry-size.js";

const DEFAULT_MAX_ENTRIES = 2000;
/** A small layer: the shared cache holds the rest. */
const DEFAULT_MAX_BYTES = 16 * 1024 * 1024;
const DEFAULT_TTL_SECONDS = 30;

/**
 * A small in-process layer in front of the shared cache. A warm lookup reads about seven keys
 * (the contact, its not-found marker, five names); from memory that costs no Redis round trip.
 * Entries live at most `ttlSeconds` here, so replicas disagree for no longer than that — and what
 * is cached (ended contacts, names) hardly changes. `setIfAbsent` always asks the shared cache:
 * its answer must be the same on every replica.
 */
export function createNearCache(options: {
  far: Cache;
  max?: number;
  maxBytes?: number;
  ttlSeconds?: number;
}): Cache {
  const { far } = options;
  const nearTtlMs = (options.ttlSeconds ?? DEFAULT_TTL_SECONDS) * 1000;
  const near = new LRUCache<string, string>({
    max: options.max ?? DEFAULT_MAX_ENTRIES,
    maxSize: options.maxBytes ?? DEFAULT_MAX_BYTES,
    sizeCalculation: entrySize,
  });
  const remember = (key: string, value: string, ttlSeconds: number) =>
    near.set(key, value, { ttl: Math.max(1, Math.min(ttlSeconds * 1000, nearTtlMs)) });
  return {
    async get(key) {
      const hit = near.get(key);
      if (hit !== undefined) return hit;
      const value = await far.get(key);
      if (value !== undefined) remember(key, value, nearTtlMs / 1000);
      return value;
    },
    async set(key, value, ttlSeconds) {
      remember(key, value, ttlSeconds);
      await far.set(key, value, ttlSeconds);
    },
    setIfAbsent: (key, value, ttlSeconds) => far.setIfAbsent(key, value, ttlSeconds),
    async delete(key) {
      near.delete(key);
      await far.delete(key);
    },
    state: () => far.state(),
    async close() {
      near.clear();
      await far.close();
    },
  };
}
