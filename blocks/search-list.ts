import { durationBetween, formatSeconds } from "../src/domain/duration.js";
import { channelEmoji } from "../src/domain/labels.js";
import { ACTION_IDS } from "./action-ids.js";
import { button, context, type KnownBlock, type SectionBlock } from "./block-kit.js";
import { encodeButtonState, isValidButtonState } from "./button-state.js";
import { join, type Mrkdwn, md, trusted } from "./mrkdwn.js";
import { describeSearch, type SearchDescription } from "./search-words.js";
import { slackDate } from "./slack-date.js";

export type { SearchDescription } from "./search-words.js";

/** One found contact, from its search summary and the cached names: no DescribeContact. */
export interface SearchListRow {
  instanceId: string;
  contactId: string;
  channel?: string;
  startMs?: number;
  endMs?: number;
  queueName?: string;
  agentName?: string;
  abandoned: boolean;
  /** Seconds in queue, when over the long-wait threshold. */
  longWaitSeconds?: number;
}

export interface SearchListInput {
  description: SearchDescription;
  rows: readonly SearchListRow[];
  found: number;
  /** `found` counts only the pages read so far. */
  foundAtLeast?: boolean;
  /** Contacts shown by earlier pages of the same search. */
  offset?: number;
  moreKey?: string;
}

function count(input: SearchListInput): string {
  if (input.foundAtLeast) return `${input.found}+ found`;
  return input.found === 0 && input.rows.length === 0 ? "none found" : `${input.found} found`;
}

function rowText(row: SearchListRow): Mrkdwn {
  const start = slackDate(row.startMs, "{date_short_pretty} {time}");
  const length = row.endMs === undefined ? undefined : durationBetween(row.startMs, row.endMs);
  const status =
    row.endMs === undefined ? "_in progress_" : row.abandoned ? "*abandoned*" : undefined;
  const wait = formatSeconds(row.longWaitSeconds);
  return trusted(
    `${channelEmoji(row.channel)} ${
      join([
        start === undefined ? undefined : trusted(start),
        length === undefined ? undefined : trusted(length),
        md(row.queueName, 100),
        md(row.agentName, 100),
        status === undefined ? undefined : trusted(status),
        wait === undefined ? undefined : trusted(`⏳ waited ${wait}`),
      ]) ?? md(row.contactId)
    }`,
  );
}

function rowBlock(row: SearchListRow): SectionBlock {
  const state = { i: row.instanceId, c: row.contactId };
  const block: SectionBlock = {
    type: "section",
    text: { type: "mrkdwn", text: rowText(row), verbatim: true },
  };
  if (isValidButtonState(state)) {
    block.accessory = button({
      text: "Open",
      actionId: ACTION_IDS.open,
      value: encodeButtonState(state),
    });
  }
  return block;
}

/**
 * The result list: a header saying the query in words and the count, one compact line per contact
 * (newest first, as the search returned them) with an Open button, and More for the next page.
 */
export function renderSearchList(input: SearchListInput): { text: string; blocks: KnownBlock[] } {
  const words = describeSearch(input.description);
  const title = trusted(`🔎 *${words.mrkdwn} — ${count(input)}*`);
  const text = `${words.plain} — ${count(input)}`;
  const moreButton = () => {
    if (!input.moreKey) return [];
    const more = button({ text: "More", actionId: ACTION_IDS.searchMore, value: input.moreKey });
    return [{ type: "actions", elements: [more] } satisfies KnownBlock];
  };
  if (input.rows.length === 0) {
    // Outcome words can leave a whole batch of Connect pages without a match: More reads on.
    const hint = input.moreKey
      ? trusted("None of the contacts read so far matched; More reads the next ones.")
      : trusted("Nothing matched. Try a longer time (`last:1d`) or fewer filters.");
    return {
      text: `No contacts found: ${text}`,
      blocks: [
        { type: "section", text: { type: "mrkdwn", text: title, verbatim: true } },
        ...context([hint]),
        ...moreButton(),
      ],
    };
  }
  const blocks: KnownBlock[] = [
    { type: "section", text: { type: "mrkdwn", text: title, verbatim: true } },
    ...input.rows.map(rowBlock),
  ];
  const first = (input.offset ?? 0) + 1;
  const last = (input.offset ?? 0) + input.rows.length;
  blocks.push(
    ...context([trusted(`Showing ${first}–${last}. Open shows a contact's full summary.`)]),
  );
  blocks.push(...moreButton());
  return { text, blocks };
}
