import {
  type ConnectClient,
  ListQueuesCommand,
  ListUsersCommand,
  SearchQueuesCommand,
  SearchUsersCommand,
} from "@aws-sdk/client-connect";
import type { Cache } from "../cache/cache.js";
import type { InstanceRef } from "../config/config.js";
import { AccessDeniedError } from "../domain/errors.js";
import { createCachedValue } from "../infra/cached-value.js";
import type { Deadline } from "../infra/deadline.js";
import type { LimitedCall } from "../infra/limited-call.js";

export interface QueueEntry {
  id: string;
  name: string;
}

export interface AgentEntry {
  id: string;
  username: string;
  /** "First Last", when SearchUsers could be read (ListUsers has usernames only). */
  name?: string;
}

/** Every queue and agent of an instance by name: what names in a search resolve against. */
export interface NameDirectory {
  queues(instance: InstanceRef, deadline: Deadline): Promise<QueueEntry[]>;
  agents(instance: InstanceRef, deadline: Deadline): Promise<AgentEntry[]>;
}

/** Bounds a directory read on a huge instance; 10 pages of 1000 queues is already extreme. */
const MAX_PAGES = 10;

type Page<T> = { items: T[]; next?: string };

async function allPages<T>(page: (token?: string) => Promise<Page<T> | undefined>): Promise<T[]> {
  const items: T[] = [];
  let token: string | undefined;
  for (let n = 0; n < MAX_PAGES; n++) {
    const out = await page(token);
    items.push(...(out?.items ?? []));
    token = out?.next;
    if (!token) break;
  }
  return items;
}

/** The first reader, or the second when the first is denied (each needs its own IAM action). */
async function eitherOf<T>(first: () => Promise<T>, second: () => Promise<T>): Promise<T> {
  try {
    return await first();
  } catch (error) {
    if (!(error instanceof AccessDeniedError)) throw error;
    return second();
  }
}

const present = <T>(value: T | undefined): value is T => value !== undefined;

/** Every page of one paged operation, mapped to entries (those without an id or name dropped). */
function pagedReader(api: LimitedCall, deadline: Deadline) {
  return <Out extends { NextToken?: string }, T>(
    operation: string,
    send: (nextToken: string | undefined, abortSignal: AbortSignal) => Promise<Out>,
    entries: (out: Out) => (T | undefined)[],
  ) =>
    allPages<T>(async (token) => {
      const out = await api.send(operation, deadline, (abortSignal) => send(token, abortSignal));
      return { items: out ? entries(out).filter(present) : [], next: out?.NextToken };
    });
}

/**
 * Queues from ListQueues (standard queues; SearchQueues when ListQueues is denied) and agents from
 * SearchUsers (names too; ListUsers when denied), cached per instance for `ttlSeconds`.
 */
export function createNameDirectory(deps: {
  api: LimitedCall;
  clients: { forRegion(region: string): ConnectClient };
  cache: Cache;
  ttlSeconds: number;
}): NameDirectory {
  const cached = createCachedValue({ ...deps, missingTtlSeconds: deps.ttlSeconds });
  const { api, clients } = deps;

  return {
    async queues(instance, deadline) {
      const client = clients.forRegion(instance.region);
      const InstanceId = instance.instanceId;
      const read = pagedReader(api, deadline);
      const listed = () =>
        read(
          "ListQueues",
          (NextToken, abortSignal) =>
            client.send(
              new ListQueuesCommand({
                InstanceId,
                QueueTypes: ["STANDARD"],
                MaxResults: 1000,
                NextToken,
              }),
              { abortSignal },
            ),
          (out) =>
            (out.QueueSummaryList ?? []).map((q) =>
              q.Id && q.Name ? { id: q.Id, name: q.Name } : undefined,
            ),
        );
      const searched = () =>
        read(
          "SearchQueues",
          (NextToken, abortSignal) =>
            client.send(
              new SearchQueuesCommand({
                InstanceId,
                MaxResults: 100,
                NextToken,
                SearchCriteria: { QueueTypeCondition: "STANDARD" },
              }),
              { abortSignal },
            ),
          (out) =>
            (out.Queues ?? []).map((q) =>
              q.QueueId && q.Name ? { id: q.QueueId, name: q.Name } : undefined,
            ),
        );
      const key = `names:queues:${InstanceId}`;
      return (await cached(key, () => eitherOf(listed, searched), { rethrow: true })) ?? [];
    },

    async agents(instance, deadline) {
      const client = clients.forRegion(instance.region);
      const InstanceId = instance.instanceId;
      const read = pagedReader(api, deadline);
      const searched = () =>
        read(
          "SearchUsers",
          (NextToken, abortSignal) =>
            client.send(new SearchUsersCommand({ InstanceId, MaxResults: 100, NextToken }), {
              abortSignal,
            }),
          (out) =>
            (out.Users ?? []).map((u): AgentEntry | undefined => {
              if (!u.Id || !u.Username) return undefined;
              const name = [u.IdentityInfo?.FirstName, u.IdentityInfo?.LastName].filter(Boolean);
              return { id: u.Id, username: u.Username, name: name.join(" ") || undefined };
            }),
        );
      const listed = () =>
        read(
          "ListUsers",
          (NextToken, abortSignal) =>
            client.send(new ListUsersCommand({ InstanceId, MaxResults: 1000, NextToken }), {
              abortSignal,
            }),
          (out) =>
            (out.UserSummaryList ?? []).map((u): AgentEntry | undefined =>
              u.Id && u.Username ? { id: u.Id, username: u.Username } : undefined,
            ),
        );
      const key = `names:agents:${InstanceId}`;
      return (await cached(key, () => eitherOf(searched, listed), { rethrow: true })) ?? [];
    },
  };
}
