import type { Cache } from "../cache/cache.js";
import { encodeJson } from "../cache/json-codec.js";
import { AccessDeniedError } from "../domain/errors.js";
import { readCachedJson } from "./read-cached-json.js";

/** Where a cached decoration (a name) lives, and for how long a found or a missing one is kept. */
export interface CacheEntryDeps {
  cache: Cache;
  ttlSeconds: number;
  missingTtlSeconds: number;
}

/** A cached entry: `{}` remembers that the value is missing or denied. */
export type CacheEntry<T> = { v?: T };

/** Reads and writes the entries of cached decorations, for the helpers that coalesce the fetches. */
export function createCacheEntry(deps: CacheEntryDeps) {
  const { cache } = deps;
  return {
    read: <T>(key: string) => readCachedJson<CacheEntry<T>>(cache, key),

    /** Fetches the value and caches it, a missing one for `missingTtlSeconds`; a failure is thrown. */
    async fetch<T>(key: string, fetch: () => Promise<T | undefined>): Promise<T | undefined> {
      const v = await fetch();
      const ttl = v === undefined ? deps.missingTtlSeconds : deps.ttlSeconds;
      await cache.set(key, encodeJson({ v }), ttl);
      return v;
    },

    /**
     * Remembers a denied read as missing for `missingTtlSeconds`, so that every lookup does not
     * spend rate-limit tokens asking again. True when `err` was a denial.
     */
    async rememberDenied(key: string, err: unknown): Promise<boolean> {
      if (!(err instanceof AccessDeniedError)) return false;
      await cache.set(key, encodeJson({}), deps.missingTtlSeconds);
      return true;
    },
  };
}
