import { type ContextBlock, context, type KnownBlock, section } from "./block-kit.js";
import { code, join, type Mrkdwn, md, trusted } from "./mrkdwn.js";

const MAX_LISTED = 20;

function message(text: Mrkdwn): { text: string; blocks: KnownBlock[] } {
  return { text, blocks: [section(text)] };
}

/** A one-line message; `text` is escaped, so it may quote what the user typed. */
export function renderNotice(text: string): { text: string; blocks: KnownBlock[] } {
  return message(md(text, 2000) ?? trusted("…"));
}

export function renderNoIdsFound(): { text: string; blocks: KnownBlock[] } {
  return message(trusted("I found no Amazon Connect contact ids in that message."));
}

export function renderLookingUp(count = 1): { text: string; blocks: KnownBlock[] } {
  return message(
    trusted(count > 1 ? `🔎 Looking up ${count} contacts…` : "🔎 Looking up the contact…"),
  );
}

/** "…and K more: id1, id2" for the ids beyond the per-message limit. */
export function moreContactsNote(ids: readonly string[]): ContextBlock[] {
  if (ids.length === 0) return [];
  const listed = join(
    ids.slice(0, MAX_LISTED).map((id) => code(id, 100)),
    ", ",
  );
  const rest = ids.length > MAX_LISTED ? `, … (${ids.length - MAX_LISTED} more)` : "";
  return context([trusted(`…and ${ids.length} more: ${listed ?? ""}${rest}`)]);
}
