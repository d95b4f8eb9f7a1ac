import type { KnownBlock } from "@slack/types";
import { findConfiguredInstance } from "../../connect/configured-instance.js";
import { BACKGROUND_DEADLINE_MS } from "../../connect/contact-service.js";
import type { Deps } from "../../deps.js";
import { isAbandoned, isLongWait } from "../../domain/outcomes.js";
import type { FoundContact } from "../../domain/search/found-contact.js";
import type { SearchQuery } from "../../domain/search/search-query.js";
import { startDeadline } from "../../infra/deadline.js";
import type { AlarmQueue } from "../../search/alarm-queue.js";
import type { ContactSearch } from "../../search/contact-search.js";
import { searchAnswer } from "../search-view.js";

/** Enough of the last hour to find its problems; the reply shows ten. */
const SCANNED = 100;
const SHOWN = 10;

type AlarmDeps = Pick<Deps, "config" | "names" | "logger">;

/**
 * The queue as the search takes it: a name matched (case-insensitive) against the instances'
 * queues and spelled as Connect does, or an ARN's queue id, which needs no match unless its
 * instance is not one of the bot's (another deployment's alarm: not ours to answer).
 */
async function knownQueue(deps: AlarmDeps, queue: AlarmQueue): Promise<string | undefined> {
  if ("queueId" in queue) {
    return findConfiguredInstance(deps.config.connect, queue.instanceId) && queue.queueId;
  }
  const deadline = startDeadline(BACKGROUND_DEADLINE_MS, true);
  const wanted = queue.name.toLowerCase();
  for (const instance of deps.config.connect.instances) {
    const queues = await deps.names.queues(instance, deadline).catch((error: unknown) => {
      deps.logger.warn({ err: error, instance: instance.instanceId }, "alarm queue names unread");
      return [];
    });
    const found = queues.find((q) => q.name.toLowerCase() === wanted);
    if (found) return found.name;
  }
  return undefined;
}

/** Abandoned first, then long waits, then the rest; newest first within each. */
function problemsFirst(contacts: readonly FoundContact[], waitSeconds: number): FoundContact[] {
  const now = Date.now();
  const rank = (c: FoundContact) => (isAbandoned(c) ? 0 : isLongWait(c, waitSeconds, now) ? 1 : 2);
  return [...contacts].sort((a, b) => rank(a) - rank(b) || (b.startMs ?? 0) - (a.startMs ?? 0));
}

/**
 * A metric alarm's reply: the named queue's contacts in the last ALERT_SEARCH_MINUTES, problems
 * first, at most ten with Open buttons. Undefined when the name is not one of the instances' queues.
 */
export async function alarmContacts(
  deps: AlarmDeps,
  search: ContactSearch,
  queue: AlarmQueue,
): Promise<{ text: string; blocks: KnownBlock[] } | undefined> {
  const name = await knownQueue(deps, queue);
  if (!name) return undefined;
  const seconds = deps.config.search.alertMinutes * 60;
  const now = Date.now();
  const query: SearchQuery = {
    queue: name,
    channels: [],
    methods: [],
    attributes: [],
    outcomes: [],
    startMs: now - seconds * 1000,
    endMs: now,
    time: { last: seconds },
  };
  return searchAnswer(deps, async () => {
    const page = await search.start(query, {
      background: true,
      size: SCANNED,
      keep: false,
    });
    const shown = problemsFirst(page.contacts, deps.config.findings.queueWaitSeconds).slice(
      0,
      SHOWN,
    );
    return { ...page, contacts: shown, cursor: { ...page.cursor, shown: shown.length } };
  });
}
