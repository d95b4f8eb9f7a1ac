import { LRUCache } from "lru-cache";
import { entrySize } from "./entry-size.js";

interface Claim {
  value: string;
  expiresAt: number;
  written: boolean;
}

const MAX_CLAIMS = 10_000;
const MAX_CLAIM_BYTES = 4 * 1024 * 1024;

/**
 * Claims (`setIfAbsent`) this replica granted itself while Redis was unavailable. They are checked
 * before Redis once it is back — Redis never saw them, so it would grant them again and a retried
 * event would be answered twice — and written to Redis so the other replicas see them too.
 */
export function createLocalClaims(now: () => number = Date.now) {
  const claims = new LRUCache<string, Claim>({
    max: MAX_CLAIMS,
    maxSize: MAX_CLAIM_BYTES,
    sizeCalculation: (claim, key) => entrySize(claim.value, key),
  });
  return {
    add(key: string, value: string, ttlSeconds: number): void {
      const ms = Math.max(1, ttlSeconds) * 1000;
      claims.set(key, { value, expiresAt: now() + ms, written: false }, { ttl: ms });
    },
    has: (key: string): boolean => claims.has(key),
    /** Claims not yet written to Redis, each with the seconds it has left. */
    unwritten(): { key: string; value: string; seconds: number; done(): void }[] {
      const found = [];
      for (const [key, claim] of claims.entries()) {
        if (claim.written) continue;
        const seconds = Math.ceil((claim.expiresAt - now()) / 1000);
        if (seconds <= 0) continue;
        found.push({ key, value: claim.value, seconds, done: () => (claim.written = true) });
      }
      return found;
    },
  };
}
