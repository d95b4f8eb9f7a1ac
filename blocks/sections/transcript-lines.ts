import type { ContactRecord } from "../../src/domain/contact-record.js";
import { type ConversationTurn, clock, roleWords } from "../../src/domain/conversation.js";
import { maskFreeText } from "../../src/domain/masking/free-text-mask.js";
import { actionsBlocks, button, type KnownBlock } from "../block-kit.js";
import type { ExcerptReason } from "../conversation-excerpts.js";
import {
  CONVERSATION_MORE_ACTION_ID,
  encodeTranscriptPage,
  type TranscriptPageRef,
} from "../conversation-paging.js";
import { type Mrkdwn, md, trusted } from "../mrkdwn.js";

/** How the Conversation section and its transcript pages show customer speech. */
export interface ConversationRenderOptions {
  /** Mask phone numbers and email addresses in what was said (default on); card numbers always. */
  maskEndpoints: boolean;
  /** The customer's own address (phone, email), masked wherever it appears. */
  customerAddress?: string;
  /** The contact, for the "More transcript" button; without it there is no button. */
  ref?: { instanceId: string; contactId: string };
  /** The contact is still in progress. */
  inProgress?: boolean;
}

const TURN_MAX = 300;

/** The options for a contact as the bot knows it: its address to mask, its ids, whether live. */
export function conversationOptions(
  record: ContactRecord,
  maskEndpoints: boolean,
): ConversationRenderOptions {
  const { contact } = record;
  const address = contact.CustomerEndpoint?.Address;
  return {
    maskEndpoints,
    ...(address && { customerAddress: address }),
    ...(contact.Id && { ref: { instanceId: record.instanceId, contactId: contact.Id } }),
    inProgress: !contact.DisconnectTimestamp,
  };
}

const MARKS: Record<ExcerptReason, string> = { category: "🏷️ ", issue: "⚠️ ", negative: "😠 " };

/**
 * Customer text as shown everywhere in the section: card numbers always masked, phone numbers,
 * email addresses and the customer's own address too unless MASK_CUSTOMER_ENDPOINTS is off.
 */
export function masker(options: ConversationRenderOptions): (text: string) => string {
  const policy = {
    endpoints: options.maskEndpoints,
    ...(options.customerAddress && { customerAddress: options.customerAddress }),
  };
  return (text) => maskFreeText(text, policy);
}

/** "`[01:23]` Customer: …", escaped and masked; marked with why it is an excerpt. */
export function turnLine(
  turn: ConversationTurn,
  options: ConversationRenderOptions,
  reason?: ExcerptReason,
): Mrkdwn {
  const said = md(masker(options)(turn.text), TURN_MAX) ?? "…";
  const who = md(roleWords(turn.role), 40) ?? "?";
  return trusted(`${reason ? MARKS[reason] : ""}\`[${clock(turn.at)}]\` ${who}: ${said}`);
}

/** "… 37 turns not kept …" where kept turns skip some. */
export function gapLine(skipped: number): Mrkdwn {
  return trusted(`_… ${skipped} ${skipped === 1 ? "turn" : "turns"} not kept …_`);
}

/** The "More transcript" button for `page`, when the contact's ids allow one. */
export function moreButton(
  options: ConversationRenderOptions,
  page: number,
  text: string,
): KnownBlock[] {
  if (!options.ref) return [];
  const ref: TranscriptPageRef = { ...options.ref, page };
  const value = encodeTranscriptPage(ref);
  if (!value) return [];
  return actionsBlocks([button({ text, actionId: CONVERSATION_MORE_ACTION_ID, value })]);
}
