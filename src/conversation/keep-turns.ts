import { type CategoryMatch, type ConversationTurn, turnAt } from "../domain/conversation.js";
import { truncate } from "../domain/truncate.js";

/** A turn as read, before it is cut and numbered. */
export type ReadTurn = Omit<ConversationTurn, "n">;

/** Turns kept for the excerpts and the "More transcript" pages (the cached model stays small). */
export const MAX_TURNS = 400;
const HEAD = 150;
const TAIL = 100;
export const TURN_TEXT_MAX = 400;

/** The turns the excerpts look for: where a category matched, an issue, negative sentiment. */
function telling(turns: readonly ConversationTurn[], categories: readonly CategoryMatch[]) {
  const marked = new Set<ConversationTurn>();
  for (const category of categories) {
    for (const ms of category.at) {
      const turn = turnAt(turns, ms);
      if (turn) marked.add(turn);
    }
  }
  return (turn: ConversationTurn) =>
    marked.has(turn) || turn.issue !== undefined || turn.sentiment === "NEGATIVE";
}

/**
 * Numbers the turns in time order and cuts their text; a long transcript keeps its first and last
 * turns and the telling ones in between, up to MAX_TURNS.
 */
export function keepTurns(
  read: readonly ReadTurn[],
  categories: readonly CategoryMatch[],
): { turns: ConversationTurn[]; turnCount: number } {
  const all = [...read]
    .sort((a, b) => a.at - b.at)
    .map((turn, n) => ({
      ...turn,
      n,
      text: truncate(turn.text, TURN_TEXT_MAX),
      ...(turn.issue !== undefined && { issue: truncate(turn.issue, TURN_TEXT_MAX) }),
    }));
  if (all.length <= MAX_TURNS) return { turns: all, turnCount: all.length };
  const isTelling = telling(all, categories);
  const middle = all
    .slice(HEAD, -TAIL)
    .filter(isTelling)
    .slice(0, MAX_TURNS - HEAD - TAIL);
  return {
    turns: [...all.slice(0, HEAD), ...middle, ...all.slice(-TAIL)],
    turnCount: all.length,
  };
}
