/**
 * The small cache interface everything else uses. Values are strings (callers serialise); every
 * method is fail-open: an unavailable backend behaves as a miss and never throws or hangs.
 */
export interface Cache {
  get(key: string): Promise<string | undefined>;
  set(key: string, value: string, ttlSeconds: number): Promise<void>;
  /** Atomically stores `value` only when `key` is absent (Redis `SET NX EX`); true when stored. */
  setIfAbsent(key: string, value: string, ttlSeconds: number): Promise<boolean>;
  delete(key: string): Promise<void>;
  /** "redis" when connected to Redis, "degraded" when Redis is configured but down, else "memory". */
  state(): "redis" | "degraded" | "memory";
  close(): Promise<void>;
}
