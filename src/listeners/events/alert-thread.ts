import type { AllMiddlewareArgs, SlackEventMiddlewareArgs } from "@slack/bolt";
import { ACTION_IDS } from "../../../blocks/action-ids.js";
import type { KnownBlock } from "../../../blocks/block-kit.js";
import { extractContactRefs } from "../../connect/contact-ref.js";
import type { Deps } from "../../deps.js";
import { alarmQueue } from "../../search/alarm-queue.js";
import { requestInfo } from "../../slack/request-info.js";
import { type AuditedLookupDeps, auditedLookup } from "../audited-lookup.js";
import { type AuditedSearchDeps, auditedSearch } from "../audited-search.js";
import { type ContactViewDeps, contactViews } from "../contact-view.js";
import { messageText } from "../message-text.js";
import { alarmContacts } from "./alarm-contacts.js";
import { claimOnce } from "./claim-once.js";

type Args = SlackEventMiddlewareArgs<"message"> & AllMiddlewareArgs;

/** New messages only: edits, deletions, joins and the like are not alerts. */
const ALERT_SUBTYPES = new Set([undefined, "bot_message", "file_share", "thread_broadcast"]);

interface AlertMessage {
  subtype?: string;
  user?: string;
  bot_id?: string;
  channel: string;
  ts: string;
  thread_ts?: string;
  text?: string;
  attachments?: unknown;
  blocks?: unknown;
}

/**
 * A contact summary posted by any deployment of this bot (its section buttons give it away).
 * Answering one would loop: a staging and a production bot in the same alert channel would
 * otherwise enrich each other's thread replies forever.
 */
function isContactSummary(message: AlertMessage): boolean {
  if (!message.bot_id || !Array.isArray(message.blocks)) return false;
  const blocks: unknown[] = message.blocks;
  return blocks.some((block) => {
    const { type, elements } = (block ?? {}) as { type?: unknown; elements?: unknown };
    if (type !== "actions" || !Array.isArray(elements)) return false;
    const buttons: unknown[] = elements;
    return buttons.some((element) => {
      const actionId = (element as { action_id?: unknown } | null)?.action_id;
      return typeof actionId === "string" && actionId.startsWith(ACTION_IDS.sectionPrefix);
    });
  });
}

type AlertDeps = ContactViewDeps &
  AuditedLookupDeps &
  AuditedSearchDeps &
  Pick<Deps, "names" | "cache" | "threadPoster">;

/**
 * A message in a watched alert channel that mentions contacts gets their summaries in its thread;
 * a metric alarm naming only a queue gets that queue's recent contacts (see alarm-contacts.ts).
 * Access control has already limited this to ALERT_CHANNEL_IDS; Bolt has already acked.
 */
export function alertThread(deps: AlertDeps) {
  return async (args: Args): Promise<void> => {
    const { event, body, context } = args;
    const message = event as AlertMessage;
    if (!ALERT_SUBTYPES.has(message.subtype)) return;
    const own =
      (message.bot_id && message.bot_id === context.botId) ||
      (message.user && message.user === context.botUserId);
    if (own || isContactSummary(message)) return;
    const text = messageText(message);
    const refs = extractContactRefs(text);
    const queue = alarmQueue(text);
    if (refs.length === 0 && !queue) return;
    const eventId = typeof body.event_id === "string" ? body.event_id : message.ts;
    if (
      !(await claimOnce(deps, [`event:${eventId}`, `message:${message.channel}:${message.ts}`]))
    ) {
      return;
    }
    const info = requestInfo(args);
    // Nobody waits on a thread answer: queue behind people for Connect's quota, and wait.
    const views: { text: string; blocks: KnownBlock[] }[] = await contactViews(
      deps,
      auditedLookup(deps, info),
      refs,
      { lookup: { background: true }, skipNotFound: true, audience: "public" },
    );
    // A metric alarm names a queue but no contact (its InstanceId dimension is not one).
    const alarm =
      views.length === 0 && queue
        ? await alarmContacts(deps, auditedSearch(deps, info), queue)
        : undefined;
    await Promise.all(
      [...views, ...(alarm ? [alarm] : [])].map((view) =>
        deps.threadPoster.post({
          token: context.botToken,
          channel: message.channel,
          thread_ts: message.thread_ts ?? message.ts,
          text: view.text,
          blocks: view.blocks,
          unfurl_links: false,
          unfurl_media: false,
        }),
      ),
    );
  };
}
