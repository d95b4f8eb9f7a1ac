import type { InstanceRef } from "../config/config.js";
import { UnknownNameError } from "../domain/request-errors.js";
import type { NameKind } from "../domain/search/search-filter.js";
import { SEARCH_FILTERS } from "../domain/search/search-filters.js";
import type { SearchQuery } from "../domain/search/search-query.js";
import type { Deadline } from "../infra/deadline.js";
import { closestNames } from "./closest-names.js";
import type { NameDirectory } from "./name-directory.js";

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const ARN_ID =
  /^arn:aws[\w-]*:connect:[^:]*:\d*:instance\/[^/]+\/(?:queue|agent)\/([0-9a-f-]{36})$/i;

/** An id or ARN as typed: used as it is, without a directory read. */
export function idOf(typed: string): string | undefined {
  if (UUID.test(typed)) return typed.toLowerCase();
  return ARN_ID.exec(typed)?.[1]?.toLowerCase();
}

/** Ids per instance ([] where the name is unknown), and the name as Connect spells it. */
export interface ResolvedIds {
  ids: Map<string, string[]>;
  name?: string;
}

/**
 * Resolves a typed queue or agent name in every instance. A name known in none of them throws
 * UnknownNameError with the closest names across all of them.
 */
async function resolveName(
  kind: NameKind,
  typed: string,
  instances: readonly InstanceRef[],
  directory: NameDirectory,
  deadline: Deadline,
): Promise<ResolvedIds> {
  const resolved = new Map<string, string[]>();
  const id = idOf(typed);
  if (id) {
    for (const instance of instances) resolved.set(instance.instanceId, [id]);
    return { ids: resolved };
  }
  let name: string | undefined;
  const wanted = typed.toLowerCase();
  const known: string[] = [];
  for (const instance of instances) {
    const entries =
      kind === "queue"
        ? (await directory.queues(instance, deadline)).map((q) => ({ id: q.id, names: [q.name] }))
        : (await directory.agents(instance, deadline)).map((a) => ({
            id: a.id,
            names: a.name ? [a.username, a.name] : [a.username],
          }));
    const matches = entries.filter((e) => e.names.some((n) => n.toLowerCase() === wanted));
    resolved.set(
      instance.instanceId,
      matches.map((e) => e.id),
    );
    name ??= matches[0]?.names.at(-1);
    known.push(...entries.flatMap((e) => e.names));
  }
  if ([...resolved.values()].every((ids) => ids.length === 0)) {
    throw new UnknownNameError(kind, typed, closestNames(typed, known));
  }
  return { ids: resolved, name };
}

/** Every name the query's filters need as ids (their entries say which kind), in filter order. */
export async function resolveNames(
  query: SearchQuery,
  instances: readonly InstanceRef[],
  directory: NameDirectory,
  deadline: Deadline,
): Promise<Partial<Record<NameKind, ResolvedIds>>> {
  const resolved: Partial<Record<NameKind, ResolvedIds>> = {};
  for (const { names } of SEARCH_FILTERS) {
    const typed = names?.typed(query);
    if (names && typed) {
      resolved[names.kind] = await resolveName(names.kind, typed, instances, directory, deadline);
    }
  }
  return resolved;
}
