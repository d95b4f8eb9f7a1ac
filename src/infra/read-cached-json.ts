import type { Cache } from "../cache/cache.js";
import { decodeJson } from "../cache/json-codec.js";

/** The JSON object cached under `key` that `valid` accepts; anything else reads as a miss. */
export async function readCachedJson<T extends object>(
  cache: Cache,
  key: string,
  valid: (value: T) => boolean = () => true,
): Promise<T | undefined> {
  const value = decodeJson<T>(await cache.get(key));
  return typeof value === "object" && value !== null && valid(value) ? value : undefined;
}
