import { type ConnectClient, SearchContactsCommand } from "@aws-sdk/client-connect";
import type { Cache } from "../cache/cache.js";
import type { Config } from "../config/config.js";
import { BACKGROUND_DEADLINE_MS } from "../connect/contact-service.js";
import { UpstreamError } from "../domain/errors.js";
import { maskEndpoint } from "../domain/masking/mask.js";
import { InvalidSearchError, SearchExpiredError } from "../domain/request-errors.js";
import { judgedAfterSearch, keptAfterSearch } from "../domain/search/after-search.js";
import { type FoundContact, foundContact } from "../domain/search/found-contact.js";
import type { SearchQuery } from "../domain/search/search-query.js";
import { searchContactsInput } from "../domain/search/search-request.js";
import { type Deadline, startDeadline } from "../infra/deadline.js";
import type { LimitedCall } from "../infra/limited-call.js";
import type { NameDirectory } from "./name-directory.js";
import { resolveNames } from "./resolve-names.js";
import { createCursorStore, type InstanceCursor, type SearchCursor } from "./search-cursor.js";

export interface SearchPage {
  cursor: SearchCursor;
  contacts: FoundContact[];
  /** Contacts found: Connect's TotalCount, or with outcome words the matches seen so far. */
  found: number;
  /** True when `found` counts only the pages read so far (outcome words, more pages left). */
  foundAtLeast: boolean;
  /** The "More" button's key; undefined when this page was the last. */
  moreKey?: string;
}

export interface SearchOptions {
  background?: boolean;
  /** Contacts per page (10 in a message). */
  size?: number;
  /** Keep a cursor for "More" (false for a one-off, like an alert-thread reply). */
  keep?: boolean;
}

export interface ContactSearch {
  start(query: SearchQuery, options?: SearchOptions): Promise<SearchPage>;
  /** The next page of the search saved under `key`; SearchExpiredError when it is gone. */
  more(key: string, size?: number): Promise<SearchPage>;
}

/** A person waits on the answer through a response_url: a little longer than for a lookup. */
const SEARCH_DEADLINE_MS = 8000;
/** Connect's largest page; fewer calls when outcome words filter most contacts out. */
const CONNECT_PAGE = 100;
/** SearchContacts calls one message may spend per instance before it stops and offers More. */
const MAX_CALLS_PER_PAGE = 5;
const REFUSED = new Set(["InvalidParameterException", "InvalidRequestException"]);

export function createContactSearch(deps: {
  api: LimitedCall;
  clients: { forRegion(region: string): ConnectClient };
  cache: Cache;
  directory: NameDirectory;
  config: Pick<Config, "connect" | "findings">;
  now?: () => number;
}): ContactSearch {
  const { api, clients, directory } = deps;
  const now = deps.now ?? Date.now;
  const cursors = createCursorStore(deps.cache, deps.config.connect);

  async function fetchPage(cursor: SearchCursor, at: InstanceCursor, deadline: Deadline) {
    const { query } = cursor;
    const input = searchContactsInput(query, at, CONNECT_PAGE);
    const out = await api
      .send("SearchContacts", deadline, (abortSignal) =>
        clients.forRegion(at.region).send(new SearchContactsCommand(input), { abortSignal }),
      )
      .catch((error: unknown) => {
        const cause = error instanceof UpstreamError ? (error.cause as { name?: string }) : {};
        const filters = [
          ...query.attributes.map((a) => `attr:${a.key}=${a.value}`),
          ...(query.phone ? [`phone:${maskEndpoint(query.phone.number, "TELEPHONE_NUMBER")}`] : []),
        ];
        if (filters.length > 0 && REFUSED.has(cause?.name ?? "")) {
          const phone = query.phone ? ` (phone: searches ${query.phone.key})` : "";
          throw new InvalidSearchError(
            filters.join(" "),
            `Amazon Connect searches only attribute keys set up as searchable attributes${phone}`,
          );
        }
        throw error;
      });
    at.total ??= out?.TotalCount;
    at.next = out?.NextToken;
    at.done = !at.next;
    const wait = deps.config.findings.queueWaitSeconds;
    const found = (out?.Contacts ?? []).flatMap((s) => foundContact(at.instanceId, s) ?? []);
    const kept = found.filter((c) =>
      keptAfterSearch(c, query, { waitSeconds: wait, nowMs: now() }),
    );
    at.buffer.push(...kept);
    cursor.matched += kept.length;
  }

  /** Newest first across instances: each instance's head is only final once it has one. */
  async function nextContacts(cursor: SearchCursor, size: number, deadline: Deadline) {
    const contacts: FoundContact[] = [];
    const calls = new Map<string, number>();
    while (contacts.length < size) {
      for (const at of cursor.instances) {
        while (
          !at.done &&
          at.buffer.length === 0 &&
          (calls.get(at.instanceId) ?? 0) < MAX_CALLS_PER_PAGE
        ) {
          calls.set(at.instanceId, (calls.get(at.instanceId) ?? 0) + 1);
          await fetchPage(cursor, at, deadline);
        }
      }
      if (cursor.instances.some((at) => !at.done && at.buffer.length === 0)) break;
      const heads = cursor.instances.filter((at) => at.buffer.length > 0);
      if (heads.length === 0) break;
      const newest = heads.reduce((a, b) =>
        (b.buffer[0]!.startMs ?? 0) > (a.buffer[0]!.startMs ?? 0) ? b : a,
      );
      contacts.push(newest.buffer.shift()!);
    }
    return contacts;
  }

  async function page(cursor: SearchCursor, size: number, keep: boolean): Promise<SearchPage> {
    const deadline = cursor.background
      ? startDeadline(BACKGROUND_DEADLINE_MS, true)
      : startDeadline(SEARCH_DEADLINE_MS);
    const contacts = await nextContacts(cursor, size, deadline);
    cursor.shown += contacts.length;
    const left = cursor.instances.some((at) => !at.done || at.buffer.length > 0);
    const totals = cursor.instances.map((at) => at.total);
    const counted = !judgedAfterSearch(cursor.query) && totals.every((t) => t !== undefined);
    return {
      cursor,
      contacts,
      found: counted ? totals.reduce<number>((sum, t) => sum + (t ?? 0), 0) : cursor.matched,
      foundAtLeast: !counted && cursor.instances.some((at) => !at.done),
      moreKey: left && keep ? await cursors.save(cursor) : undefined,
    };
  }

  return {
    async start(query, options = {}) {
      const deadline = options.background
        ? startDeadline(BACKGROUND_DEADLINE_MS, true)
        : startDeadline(SEARCH_DEADLINE_MS);
      const { instances } = deps.config.connect;
      const { queue: queues, agent: agents } = await resolveNames(
        query,
        instances,
        directory,
        deadline,
      );
      const cursor: SearchCursor = {
        query,
        queueName: queues?.name,
        agentName: agents?.name,
        matched: 0,
        shown: 0,
        background: options.background,
        instances: instances.map((instance) => {
          const queueIds = queues?.ids.get(instance.instanceId);
          const agentIds = agents?.ids.get(instance.instanceId);
          // A name unknown in this instance: nothing there can match.
          const empty = queueIds?.length === 0 || agentIds?.length === 0;
          return {
            ...instance,
            queueIds,
            agentIds,
            buffer: [],
            done: empty,
            total: empty ? 0 : undefined,
          };
        }),
      };
      return page(cursor, options.size ?? 10, options.keep ?? true);
    },

    async more(key, size = 10) {
      const cursor = await cursors.read(key);
      if (!cursor) throw new SearchExpiredError();
      return page(cursor, size, true);
    },
  };
}
