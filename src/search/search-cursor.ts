import { randomBytes } from "node:crypto";
import type { Cache } from "../cache/cache.js";
import { decodeJson, encodeJson } from "../cache/json-codec.js";
import type { Config } from "../config/config.js";
import { findConfiguredInstance } from "../connect/configured-instance.js";
import type { FoundContact } from "../domain/search/found-contact.js";
import type { SearchQuery } from "../domain/search/search-query.js";

/** One instance's place in a search: its NextToken and what was fetched but not shown yet. */
export interface InstanceCursor {
  instanceId: string;
  region: string;
  /** Ids resolved from the query's names in this instance. */
  queueIds?: string[];
  agentIds?: string[];
  next?: string;
  buffer: FoundContact[];
  done: boolean;
  /** Connect's TotalCount from the first page. */
  total?: number;
}

/** Everything "More" needs to go on where the last message stopped. */
export interface SearchCursor {
  query: SearchQuery;
  /** The names as Connect spells them, for the header. */
  queueName?: string;
  agentName?: string;
  instances: InstanceCursor[];
  /** Contacts that matched the outcome words so far (shown + buffered). */
  matched: number;
  shown: number;
  /** Background searches (alert threads) queue behind people. */
  background?: boolean;
}

/** Long enough to read a page and press More; the NextTokens Connect gives do not last forever. */
const CURSOR_TTL_SECONDS = 30 * 60;
const KEY = /^[0-9a-f]{16}$/;

/**
 * Cursors under a short random key (a button's value is small and anyone can forge it). A cursor
 * read back goes on only in the instances still configured, each in its configured region.
 */
export function createCursorStore(cache: Cache, connect: Pick<Config["connect"], "instances">) {
  const cacheKey = (key: string) => `search:${key}`;
  return {
    async save(cursor: SearchCursor): Promise<string> {
      const key = randomBytes(8).toString("hex");
      await cache.set(cacheKey(key), encodeJson(cursor), CURSOR_TTL_SECONDS);
      return key;
    },
    async read(key: string): Promise<SearchCursor | undefined> {
      if (!KEY.test(key)) return undefined;
      const cursor = decodeJson<SearchCursor>(await cache.get(cacheKey(key)));
      if (!cursor || !Array.isArray(cursor.instances)) return undefined;
      const instances = cursor.instances.flatMap((at) => {
        const configured = findConfiguredInstance(connect, String(at.instanceId));
        return configured ? [{ ...at, ...configured }] : [];
      });
      return { ...cursor, instances };
    },
  };
}
