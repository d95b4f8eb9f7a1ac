import type { Conversation } from "../../src/domain/conversation.js";
import { context, type KnownBlock, lineSections, remark } from "../block-kit.js";
import { TURNS_PER_PAGE } from "../conversation-paging.js";
import { type Mrkdwn, trusted } from "../mrkdwn.js";
import {
  type ConversationRenderOptions,
  gapLine,
  moreButton,
  turnLine,
} from "./transcript-lines.js";

/**
 * One "More transcript" page (from 1): TURNS_PER_PAGE turns in order, each escaped and masked,
 * saying where turns were not kept, and a button to the next page while there is one.
 */
export function renderTranscriptPage(
  conversation: Conversation,
  page: number,
  options: ConversationRenderOptions,
): KnownBlock[] {
  const start = (page - 1) * TURNS_PER_PAGE;
  const turns = conversation.turns.slice(start, start + TURNS_PER_PAGE);
  if (turns.length === 0) return [remark("There is no more transcript.")];
  const first = turns[0]!.n + 1;
  const last = turns.at(-1)!.n + 1;
  const lines: Mrkdwn[] = [
    trusted(`*Transcript* · turns ${first}–${last} of ${conversation.turnCount}`),
  ];
  let previous = start > 0 ? conversation.turns[start - 1]!.n : -1;
  for (const turn of turns) {
    if (turn.n > previous + 1) lines.push(gapLine(turn.n - previous - 1));
    lines.push(turnLine(turn, options));
    previous = turn.n;
  }
  const rest = conversation.turnCount - 1 - previous;
  const hasNext = start + TURNS_PER_PAGE < conversation.turns.length;
  if (!hasNext && rest > 0) lines.push(gapLine(rest));
  return [
    ...lineSections(lines, 4),
    ...(hasNext ? moreButton(options, page + 1, "📜 More transcript") : []),
    ...context([conversation.redacted ? trusted("Redacted by Contact Lens") : undefined]),
  ];
}
