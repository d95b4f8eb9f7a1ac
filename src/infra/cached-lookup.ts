import type { Cache } from "../cache/cache.js";
import { decodeJson, encodeJson } from "../cache/json-codec.js";
import { AccessDeniedError } from "../domain/errors.js";
import { createSingleFlight } from "./single-flight.js";

/**
 * A cached, coalesced read of a decoration (a name): a value that cannot be read is left out
 * rather than failing the answer. Missing or denied values are remembered briefly so that every
 * lookup does not spend rate-limit tokens asking again.
 */
export function createCachedLookup(deps: {
  cache: Cache;
  ttlSeconds: number;
  missingTtlSeconds: number;
}) {
  const { cache } = deps;
  const flight = createSingleFlight<unknown>();
  return async function cached<T>(
    key: string,
    fetch: () => Promise<T | undefined>,
  ): Promise<T | undefined> {
    const hit = decodeJson<{ v?: T }>(await cache.get(key));
    if (typeof hit === "object" && hit !== null) return hit.v;
    return flight(key, async () => {
      try {
        const v = await fetch();
        await cache.set(
          key,
          encodeJson({ v }),
          v === undefined ? deps.missingTtlSeconds : deps.ttlSeconds,
        );
        return v;
      } catch (err) {
        if (err instanceof AccessDeniedError) {
          await cache.set(key, encodeJson({}), deps.missingTtlSeconds);
        }
        // Throttled or timed out: left out of this answer, asked for again by the next one.
        return undefined;
      }
    }) as Promise<T | undefined>;
  };
}
