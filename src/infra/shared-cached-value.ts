import type { Cache } from "../cache/cache.js";
import { decodeJson, encodeJson } from "../cache/json-codec.js";
import { AccessDeniedError } from "../domain/errors.js";
import type { Deadline } from "./deadline.js";
import type { SharedFlight } from "./shared-flight.js";
import { createSingleFlight } from "./single-flight.js";

/**
 * A cached decoration (a name), fetched once for all callers in this process and, through
 * `flight`, across replicas. A value that cannot be read is left out rather than failing the
 * answer; missing or denied ones are remembered for `missingTtlSeconds`, so that every lookup does
 * not spend rate-limit tokens asking again.
 */
export function createSharedCachedValue(deps: {
  cache: Cache;
  flight: SharedFlight;
  ttlSeconds: number;
  missingTtlSeconds: number;
}) {
  const { cache } = deps;
  const flight = createSingleFlight<unknown>();
  return async function cached<T>(
    key: string,
    deadline: Deadline,
    fetch: () => Promise<T | undefined>,
  ): Promise<T | undefined> {
    const read = async () => {
      const hit = decodeJson<{ v?: T }>(await cache.get(key));
      return typeof hit === "object" && hit !== null ? hit : undefined;
    };
    const hit = await read();
    if (hit) return hit.v;
    const found = flight(key, async () => {
      try {
        const { v } = await deps.flight(key, deadline, read, async (): Promise<{ v?: T }> => {
          try {
            const v = await fetch();
            const ttl = v === undefined ? deps.missingTtlSeconds : deps.ttlSeconds;
            await cache.set(key, encodeJson({ v }), ttl);
            return { v };
          } catch (err) {
            if (!(err instanceof AccessDeniedError)) throw err;
            await cache.set(key, encodeJson({}), deps.missingTtlSeconds);
            return {};
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
