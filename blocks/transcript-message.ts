import type { ContactRecord } from "../src/domain/contact-record.js";
import type { Conversation } from "../src/domain/conversation.js";
import { type KnownBlock, remark } from "./block-kit.js";
import { privateMessage } from "./section-message.js";
import { NOT_ANALYSED } from "./sections/conversation-section.js";
import { conversationOptions } from "./sections/transcript-lines.js";
import { renderTranscriptPage } from "./sections/transcript-page.js";

/** A "More transcript" page, for the one person who clicked: see privateMessage. */
export function renderTranscriptMessage(
  record: ContactRecord,
  conversation: Conversation | undefined,
  page: number,
  maskEndpoints: boolean,
): { text: string; blocks: KnownBlock[] } {
  const body: KnownBlock[] = conversation
    ? renderTranscriptPage(conversation, page, conversationOptions(record, maskEndpoints))
    : [remark(NOT_ANALYSED)];
  return privateMessage("Transcript", record, body);
}
