import type { Writable } from "node:stream";
import { type KnownBlock, section } from "../../blocks/block-kit.js";
import { fitMessage } from "../../blocks/fit-message.js";
import { trusted } from "../../blocks/mrkdwn.js";
import {
  CONVERSATION_TITLE,
  renderConversationSection,
} from "../../blocks/sections/conversation-section.js";
import {
  type ConversationRenderOptions,
  conversationOptions,
} from "../../blocks/sections/transcript-lines.js";
import { renderTranscriptPage } from "../../blocks/sections/transcript-page.js";
import { field, obj } from "../conversation/json-fields.js";
import { parseAnalysisFile } from "../conversation/parse-analysis-file.js";
import { parsePrefix } from "../conversation/parse-prefix.js";
import { parseCallSegments, parseChatSegments } from "../conversation/parse-segments.js";
import type { Conversation } from "../domain/conversation.js";
import { blockKitBuilderUrl } from "./block-kit-builder-url.js";
import { CliError, EXIT } from "./cli-error.js";
import { contactRecord } from "./contact-record.js";
import { readContact } from "./read-contact.js";
import { readInput } from "./read-input.js";

export interface AnalysisArgs {
  analysis: string;
  /** The contact's DescribeContact answer, for its address to mask and its ids; optional. */
  file: string | undefined;
  page: number | undefined;
  mask: boolean;
  jsonOnly: boolean;
}

/**
 * A saved post-call analysis file, or saved real-time segments: `aws connect
 * list-realtime-contact-analysis-segments-v2` (a chat: it says its Channel) or `aws
 * connect-contact-lens list-realtime-contact-analysis-segments` (a call).
 */
function conversationFrom(text: string, source: string, contactId: string): Conversation {
  const parsed = parsePrefix(text)?.value;
  const segments = field(parsed, "Segments");
  const meta = { contactId, source, redacted: false, live: false };
  const conversation = Array.isArray(segments)
    ? obj(parsed) && field(parsed, "Channel") !== undefined
      ? parseChatSegments(segments, { ...meta, channel: "CHAT" })
      : parseCallSegments(segments, { ...meta, channel: "VOICE" })
    : parseAnalysisFile(parsed, { contactId, source });
  if (!conversation) {
    throw new CliError(
      `${source} is not a Contact Lens analysis file (nor saved real-time segments)`,
      EXIT.badInput,
    );
  }
  return conversation;
}

/**
 * `render --analysis FILE [contact.json]`: the Conversation section (or with --page N, page N of
 * its transcript) the bot would post privately, offline.
 */
export async function analysisCommand(
  args: AnalysisArgs,
  io: { stdin: NodeJS.ReadableStream; stdout: Writable },
): Promise<number> {
  const contact =
    args.file === undefined
      ? undefined
      : readContact(
          await readInput(args.file, io.stdin),
          args.file === "-" ? "standard input" : args.file,
        );
  const text = await readInput(args.analysis, io.stdin);
  const source = args.analysis === "-" ? "standard input" : args.analysis;
  const conversation = conversationFrom(text, source, contact?.Id ?? "");
  const options: ConversationRenderOptions = contact
    ? conversationOptions(contactRecord(contact), args.mask)
    : { maskEndpoints: args.mask };
  const blocks: KnownBlock[] = fitMessage(
    args.page === undefined
      ? [
          section(trusted(`*${CONVERSATION_TITLE}*`)),
          ...renderConversationSection(conversation, options),
        ]
      : renderTranscriptPage(conversation, args.page, options),
  );
  io.stdout.write(`${JSON.stringify({ blocks }, null, 2)}\n`);
  if (!args.jsonOnly) io.stdout.write(`Block Kit Builder: ${blockKitBuilderUrl(blocks)}\n`);
  return EXIT.ok;
}
