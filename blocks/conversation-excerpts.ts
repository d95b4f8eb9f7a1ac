import { type Conversation, type ConversationTurn, turnAt } from "../src/domain/conversation.js";

/** Why a turn is among the excerpts: a category matched there, an issue, negative sentiment. */
export type ExcerptReason = "category" | "issue" | "negative";

export interface Excerpt {
  turn: ConversationTurn;
  reason?: ExcerptReason;
}

export const MAX_EXCERPTS = 8;
/** The conversation's last turns are always shown: how it ended. */
const LAST = 2;
const PER_KIND = 3;

/** The turns where categories' points of interest start, first point of each category first. */
function categoryTurns(conversation: Conversation): ConversationTurn[] {
  const firsts = conversation.categories.flatMap((c) => c.at.slice(0, 1));
  const rest = conversation.categories.flatMap((c) => c.at.slice(1));
  return [...firsts, ...rest].flatMap((ms) => turnAt(conversation.turns, ms) ?? []);
}

/**
 * The transcript around what matters, at most MAX_EXCERPTS turns in time order: where categories
 * matched, detected issues, the customer's (then anyone's) negative turns, and the last turns.
 */
export function pickExcerpts(conversation: Conversation): Excerpt[] {
  const { turns } = conversation;
  const chosen = new Map<ConversationTurn, ExcerptReason | undefined>();
  const last = turns.slice(-LAST);
  const room = MAX_EXCERPTS - last.length;
  const offer = (candidates: readonly ConversationTurn[], reason: ExcerptReason) => {
    let taken = 0;
    for (const turn of candidates) {
      if (chosen.size >= room || taken >= PER_KIND) return;
      if (chosen.has(turn)) continue;
      chosen.set(turn, reason);
      taken += 1;
    }
  };
  const negative = turns.filter((t) => t.sentiment === "NEGATIVE");
  offer(categoryTurns(conversation), "category");
  offer(
    turns.filter((t) => t.issue !== undefined),
    "issue",
  );
  offer([...negative.filter((t) => t.role === "CUSTOMER"), ...negative].reverse(), "negative");
  for (const turn of last) if (!chosen.has(turn)) chosen.set(turn, undefined);
  // Room left (few telling turns): the turns just before the end, so the excerpts read on.
  for (const turn of [...turns].reverse()) {
    if (chosen.size >= MAX_EXCERPTS) break;
    if (!chosen.has(turn)) chosen.set(turn, undefined);
  }
  return [...chosen]
    .map(([turn, reason]) => ({ turn, ...(reason && { reason }) }))
    .sort((a, b) => a.turn.n - b.turn.n);
}
