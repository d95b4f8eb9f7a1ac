import type { KnownBlock } from "@slack/types";
import { renderError } from "../../blocks/error-message.js";
import { renderSearchList, type SearchListRow } from "../../blocks/search-list.js";
import { BACKGROUND_DEADLINE_MS } from "../connect/contact-service.js";
import type { Deps } from "../deps.js";
import { isAbandoned, isLongWait, queueWaitSeconds } from "../domain/outcomes.js";
import type { FoundContact } from "../domain/search/found-contact.js";
import { startDeadline } from "../infra/deadline.js";
import type { SearchPage } from "../search/contact-search.js";
import type { AgentEntry, QueueEntry } from "../search/name-directory.js";

type ViewDeps = Pick<Deps, "config" | "names" | "logger">;

/** Names are decoration here: a directory that cannot be read leaves the line without them. */
const NAMES_DEADLINE_MS = 2000;

async function namesOf(deps: ViewDeps, instanceIds: Set<string>, background: boolean) {
  const queues = new Map<string, string>();
  const agents = new Map<string, string>();
  // An alert thread's names queue behind people, like its search did.
  const deadline = background
    ? startDeadline(BACKGROUND_DEADLINE_MS, true)
    : startDeadline(NAMES_DEADLINE_MS);
  const quiet = <T>(read: Promise<T[]>) => read.catch((): T[] => []);
  for (const instance of deps.config.connect.instances) {
    if (!instanceIds.has(instance.instanceId)) continue;
    const [q, a] = await Promise.all([
      quiet<QueueEntry>(deps.names.queues(instance, deadline)),
      quiet<AgentEntry>(deps.names.agents(instance, deadline)),
    ]);
    for (const entry of q) queues.set(`${instance.instanceId}:${entry.id}`, entry.name);
    for (const entry of a)
      agents.set(`${instance.instanceId}:${entry.id}`, entry.name ?? entry.username);
  }
  return { queues, agents };
}

/** The rows of a page, in the order given, with queue and agent names from the cached directory. */
export async function searchRows(
  deps: ViewDeps,
  contacts: readonly FoundContact[],
  background = false,
): Promise<SearchListRow[]> {
  const names = await namesOf(deps, new Set(contacts.map((c) => c.instanceId)), background);
  const wait = deps.config.findings.queueWaitSeconds;
  const now = Date.now();
  return contacts.map((c) => ({
    instanceId: c.instanceId,
    contactId: c.id,
    channel: c.channel,
    startMs: c.startMs,
    endMs: c.endMs,
    queueName: c.queueId ? names.queues.get(`${c.instanceId}:${c.queueId}`) : undefined,
    agentName: c.agentId ? names.agents.get(`${c.instanceId}:${c.agentId}`) : undefined,
    abandoned: isAbandoned(c),
    longWaitSeconds: isLongWait(c, wait, now) ? queueWaitSeconds(c, now) : undefined,
  }));
}

/** A page of results as a message; the header names the query with Connect's spelling of names. */
export async function searchMessage(
  deps: ViewDeps,
  page: SearchPage,
  contacts: readonly FoundContact[] = page.contacts,
): Promise<{ text: string; blocks: KnownBlock[] }> {
  const { query, queueName, agentName, shown } = page.cursor;
  return renderSearchList({
    description: { ...query, queue: queueName ?? query.queue, agent: agentName ?? query.agent },
    rows: await searchRows(deps, contacts, page.cursor.background === true),
    found: page.found,
    foundAtLeast: page.foundAtLeast,
    offset: shown - page.contacts.length,
    moreKey: page.moreKey,
  });
}

/** Runs a search and words it: the result list, or the user-facing error (logged). */
export async function searchAnswer(
  deps: ViewDeps,
  run: () => Promise<SearchPage>,
): Promise<{ text: string; blocks: KnownBlock[] }> {
  try {
    return await searchMessage(deps, await run());
  } catch (error) {
    deps.logger.warn({ err: error }, "contact search failed");
    return renderError(error);
  }
}
