import { type CacheEntry, type CacheEntryDeps, createCacheEntry } from "./cache-entry.js";
import type { Deadline } from "./deadline.js";
import type { SharedFlight } from "./shared-flight.js";
import { createSingleFlight } from "./single-flight.js";

/**
 * A cached decoration (a name), fetched once for all callers in this process and, through
 * `flight`, across replicas. A value that cannot be read is left out rather than failing the
 * answer; missing or denied ones are remembered for `missingTtlSeconds`, so that every lookup does
 * not spend rate-limit tokens asking again.
 */
export function createSharedCachedValue(deps: CacheEntryDeps & { flight: SharedFlight }) {
  const entry = createCacheEntry(deps);
  const flight = createSingleFlight<unknown>();
  return async function cached<T>(
    key: string,
    deadline: Deadline,
    fetch: () => Promise<T | undefined>,
  ): Promise<T | undefined> {
    const read = () => entry.read<T>(key);
    const hit = await read();
    if (hit) return hit.v;
    const found = flight(key, async () => {
      try {
        const { v } = await deps.flight(key, deadline, read, async (): Promise<CacheEntry<T>> => {
          try {
            return { v: await entry.fetch(key, fetch) };
          } catch (err) {
            if (await entry.rememberDenied(key, err)) return {};
            throw err;
          }
        });
        return v;
      } catch {
        // Throttled or timed out: left out of this answer, asked for again by the next one.
        return undefined;
      }
    });
    return found as Promise<T | undefined>;
  };
}
