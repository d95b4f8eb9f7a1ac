import { LRUCache } from "lru-cache";
import type { Cache } from "./cache.js";
import { entrySize } from "./entry-size.js";

const DEFAULT_MAX_ENTRIES = 10_000;
const DEFAULT_MAX_BYTES = 64 * 1024 * 1024;

/**
 * In-process LRU cache with a TTL per entry; also the fallback while Redis is down. Bounded by
 * bytes as well as entries: the oldest entries go once either limit is reached.
 */
export function createMemoryCache(options: { max?: number; maxBytes?: number } = {}): Cache {
  const lru = new LRUCache<string, string>({
    max: options.max ?? DEFAULT_MAX_ENTRIES,
    maxSize: options.maxBytes ?? DEFAULT_MAX_BYTES,
    sizeCalculation: entrySize,
  });
  const ttl = (seconds: number) => Math.max(1, seconds) * 1000;
  return {
    async get(key) {
      return lru.get(key);
    },
    async set(key, value, ttlSeconds) {
      lru.set(key, value, { ttl: ttl(ttlSeconds) });
    },
    async setIfAbsent(key, value, ttlSeconds) {
      // Atomic because nothing awaits between the check and the write.
      if (lru.has(key)) return false;
      lru.set(key, value, { ttl: ttl(ttlSeconds) });
      return true;
    },
    async delete(key) {
      lru.delete(key);
    },
    state: () => "memory",
    async close() {
      lru.clear();
    },
  };
}
