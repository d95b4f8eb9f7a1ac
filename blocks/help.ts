import { SEARCH_FILTERS } from "../src/domain/search/search-filters.js";
import { context, header, type KnownBlock, section } from "./block-kit.js";
import { trusted } from "./mrkdwn.js";

// Slack parses <…> even inside code spans, so the placeholder's brackets are escaped.
const SYNTAX = "/contact &lt;contact id | contact ARN | console URL&gt;";

const USAGE = [
  `*Look up a contact:* \`${SYNTAX}\``,
  "Several at once work too, separated by spaces or new lines.",
  "",
  "*From a message:* choose *⋮ More actions → Investigate contact* on any message to look up every contact id in it.",
  "",
  "*Alert threads:* in alert channels I answer in the thread of messages that mention contact ids, and list a queue's recent contacts under metric alarms that name a queue (`QueueName`).",
].join("\n");

/** One bullet a filter, or for several that share a line (`beside`). */
function searchLines(filters = SEARCH_FILTERS): string[] {
  const lines: string[] = [];
  for (const { help } of filters) {
    if (help.beside && lines.length > 0) lines[lines.length - 1] += ` · ${help.text}`;
    else lines.push(`• ${help.text}`);
  }
  return lines;
}

const searchHelp = (filters = SEARCH_FILTERS) =>
  [
    "*Find contacts without an id:* `/contact search &lt;filters&gt;` (or `/contact find …`), all optional, in any order:",
    ...searchLines(filters),
    "`/contact search` alone, or the *Find contacts* shortcut, opens a search form.",
  ].join("\n");

const SEARCH_EXAMPLES = [
  "*Search examples*",
  '`/contact search queue:"Billing Support" abandoned last:2h`',
  "`/contact find agent:alice.nguyen since:09:30 until:10:30`",
  "`/contact search channel:chat method:api long-wait`",
  '`/contact search customer said:"charged twice" said:refund any last:1d`',
  "`/contact search phone:+1 415 555 0123 last:1w`",
].join("\n");

const EXAMPLES = [
  "*Examples*",
  "`/contact 1b2c3d4e-5f60-4a7b-8c9d-0e1f2a3b4c5d`",
  "`/contact arn:aws:connect:us-east-1:123456789012:instance/11111111-2222-3333-4444-555555555555/contact/1b2c3d4e-5f60-4a7b-8c9d-0e1f2a3b4c5d`",
  "`/contact https://example.my.connect.aws/contact-trace-records/details/1b2c3d4e-5f60-4a7b-8c9d-0e1f2a3b4c5d`",
].join("\n");

/** Usage of the slash command, the message shortcut and alert threads. */
export function renderHelp(filters = SEARCH_FILTERS): { text: string; blocks: KnownBlock[] } {
  const note = context([
    trusted(
      "Answers are private to you until you press *Share in thread*. Customer phone numbers and email addresses are masked.",
    ),
  ]);
  return {
    text: `How to look up Amazon Connect contacts: ${SYNTAX}`,
    blocks: [
      header("🔎 Amazon Connect contact lookup"),
      section(trusted(USAGE)),
      section(trusted(EXAMPLES)),
      section(trusted(searchHelp(filters))),
      section(trusted(SEARCH_EXAMPLES)),
      ...note,
    ],
  };
}
