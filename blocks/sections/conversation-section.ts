import type { ContactRecord } from "../../src/domain/contact-record.js";
import type { Conversation } from "../../src/domain/conversation.js";
import { context, type KnownBlock, lineSections, remark, section } from "../block-kit.js";
import { type Excerpt, pickExcerpts } from "../conversation-excerpts.js";
import { bold, code, join, type Mrkdwn, md, trusted } from "../mrkdwn.js";
import type { RenderOptions } from "../render-options.js";
import {
  categoryLines,
  reasonWords,
  sentimentLines,
  summaryLines,
  talkLines,
} from "./conversation-lines.js";
import {
  type ConversationRenderOptions,
  conversationOptions,
  masker,
  moreButton,
  turnLine,
} from "./transcript-lines.js";

export const CONVERSATION_TITLE = "Conversation";
export const NOT_ANALYSED = "Contact Lens did not analyse this contact.";
export const NOT_ANALYSED_LIVE = "Contact Lens has no real-time analysis of this contact.";
const HOW =
  "Contact Lens analyses contacts whose flow turns on conversational analytics (Set recording and analytics behavior).";
const MAX_SKIPPED = 5;

const megabytes = (bytes: number) => `${Math.round((bytes / 1_048_576) * 10) / 10} MB`;

/** What the reader must know before anything else: live analysis, or a file read in part. */
function warnings(conversation: Conversation): (Mrkdwn | undefined)[] {
  const read = conversation.readBytes;
  return [
    conversation.live
      ? trusted("🟢 Live: the contact is in progress; this is Contact Lens's analysis so far.")
      : undefined,
    read
      ? trusted(
          `✂️ The analysis file is ${megabytes(read.size)}, more than CONTACT_LENS_MAX_BYTES: ` +
            `this is what its first ${megabytes(read.read)} hold; the last turns are missing.`,
        )
      : undefined,
  ];
}

/** The excerpts in time order, "⋯" where turns were left out between them. */
function excerptLines(excerpts: readonly Excerpt[], options: ConversationRenderOptions): Mrkdwn[] {
  const lines: Mrkdwn[] = [];
  let previous: number | undefined;
  for (const { turn, reason } of excerpts) {
    if (previous !== undefined && turn.n > previous + 1) lines.push(trusted("⋯"));
    lines.push(turnLine(turn, options, reason));
    previous = turn.n;
  }
  return lines;
}

function skippedLine(conversation: Conversation): Mrkdwn | undefined {
  const skipped = conversation.skipped
    .slice(0, MAX_SKIPPED)
    .map((s) => trusted(`${md(reasonWords(s.feature), 60)} (${md(reasonWords(s.reason), 100)})`));
  const list = join(skipped, "; ");
  return list ? trusted(`⏭️ Contact Lens skipped ${list}.`) : undefined;
}

function footer(conversation: Conversation): Mrkdwn {
  return trusted(
    `From Contact Lens${conversation.redacted ? " · redacted" : ""} · ${code(conversation.source, 300) ?? ""}`,
  );
}

/**
 * The Conversation section: what Contact Lens made of the contact — summary, sentiment,
 * categories and issues, talk and silence, and excerpts of the transcript around what matters,
 * with a "More transcript" button to page through the rest. Customer speech is escaped and
 * masked; the section is meant for one person's eyes (the caller posts it privately).
 */
export function renderConversationSection(
  conversation: Conversation | undefined,
  options: ConversationRenderOptions,
): KnownBlock[] {
  if (!conversation) {
    return [
      remark(options.inProgress ? NOT_ANALYSED_LIVE : NOT_ANALYSED),
      ...context([trusted(HOW)]),
    ];
  }
  const mask = masker(options);
  const facts = [
    ...sentimentLines(conversation),
    ...categoryLines(conversation, mask),
    ...talkLines(conversation),
  ];
  const excerpts = pickExcerpts(conversation);
  const quoted = excerptLines(excerpts, options);
  const more = conversation.turns.length > excerpts.length;
  const body = [
    ...lineSections(summaryLines(conversation, mask), 1),
    ...lineSections(facts, 2),
    ...(quoted.length > 0
      ? lineSections([bold(more ? "Transcript excerpts" : "Transcript"), ...quoted], 2)
      : []),
  ];
  return [
    ...context(warnings(conversation)),
    ...(body.length > 0 ? body : [remark("Contact Lens found nothing to show for this contact.")]),
    ...context([skippedLine(conversation)]),
    ...(more ? moreButton(options, 1, `📜 More transcript (${conversation.turnCount} turns)`) : []),
    ...context([footer(conversation)]),
  ];
}

/**
 * The section as the bot opens it (see renderSectionMessage): from the analysis read for the
 * click, or what kept it from being read, already worded.
 */
export function renderConversationBody(
  record: ContactRecord,
  options: RenderOptions,
): KnownBlock[] {
  if (options.conversationProblem) return [section(trusted(`⚠️ ${options.conversationProblem}`))];
  return renderConversationSection(
    options.conversation,
    conversationOptions(record, options.maskEndpoints),
  );
}
