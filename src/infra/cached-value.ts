import type { Cache } from "../cache/cache.js";
import { decodeJson, encodeJson } from "../cache/json-codec.js";
import { AccessDeniedError } from "../domain/errors.js";
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
export function createCachedValue(deps: {
  cache: Cache;
  ttlSeconds: number;
  missingTtlSeconds: number;
}): CachedValue {
  const { cache } = deps;
  const flight = createSingleFlight<unknown>();
  return async <T>(
    key: string,
    fetch: () => Promise<T | undefined>,
    options: { rethrow?: boolean } = {},
  ): Promise<T | undefined> => {
    const hit = decodeJson<{ v?: T }>(await cache.get(key));
    if (typeof hit === "object" && hit !== null) return hit.v;
    return flight(key, async () => {
      try {
        const v = await fetch();
        const ttl = v === undefined ? deps.missingTtlSeconds : deps.ttlSeconds;
        await cache.set(key, encodeJson({ v }), ttl);
        return v;
      } catch (err) {
        if (options.rethrow) throw err;
        if (err instanceof AccessDeniedError) {
          await cache.set(key, encodeJson({}), deps.missingTtlSeconds);
        }
        // Throttled or timed out: left out of this answer, asked for again by the next one.
        return undefined;
      }
    }) as Promise<T | undefined>;
  };
}
