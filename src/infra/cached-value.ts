import { type CacheEntryDeps, createCacheEntry } from "./cache-entry.js";
import { createSingleFlight } from "./single-flight.js";

export type CachedValue = <T>(
  key: string,
  fetch: () => Promise<T | undefined>,
  options?: { rethrow?: boolean },
) => Promise<T | undefined>;

/**
 * Reads `key` from the cache or fetches it once for all concurrent callers, caching the answer for
 * `ttlSeconds` and a missing one for `missingTtlSeconds`. A failed fetch is left out of this answer
 * (names are decoration) unless `rethrow` is set; a denied one is remembered briefly so that every
 * request does not spend rate-limit tokens asking again.
 */
export function createCachedValue(deps: CacheEntryDeps): CachedValue {
  const entry = createCacheEntry(deps);
  const flight = createSingleFlight<unknown>();
  return async <T>(
    key: string,
    fetch: () => Promise<T | undefined>,
    options: { rethrow?: boolean } = {},
  ): Promise<T | undefined> => {
    const hit = await entry.read<T>(key);
    if (hit) return hit.v;
    return flight(key, async () => {
      try {
        return await entry.fetch(key, fetch);
      } catch (err) {
        if (options.rethrow) throw err;
        await entry.rememberDenied(key, err);
        // Throttled or timed out: left out of this answer, asked for again by the next one.
        return undefined;
      }
    }) as Promise<T | undefined>;
  };
}
