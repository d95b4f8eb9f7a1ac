import type { ContactEvaluations } from "../src/domain/contact-evaluations.js";
import type { ChainLeg } from "../src/domain/contact-record.js";
import type { Conversation } from "../src/domain/conversation.js";
import type { FindingThresholds } from "../src/domain/findings/finding.js";
import type { FlowPath } from "../src/domain/flow-path.js";
import type { SectionId } from "./action-ids.js";
import type { Mrkdwn } from "./mrkdwn.js";

/**
 * Who reads a message: the one user who asked (an ephemeral answer), or everyone in the channel
 * (alert-thread summaries, shared summaries, unfurls).
 */
export type Audience = "private" | "public";

export interface RenderOptions {
  /** Mask the customer's phone number / email address (default on; always on public messages). */
  maskEndpoints: boolean;
  /** "public" keeps customer data out of the message; private by default. */
  audience?: Audience;
  /** The section shown open under the summary, if any. */
  open?: SectionId;
  /** User-defined contact attributes (already deny-listed), for the "attributes" section. */
  attributes?: Record<string, string>;
  /** The transfer chain, for the "chain" section. */
  chain?: ChainLeg[];
  /**
   * When set, the message is private to one user and offers a "Share in thread" button that posts
   * it publicly in the thread of this message (channel + ts).
   */
  shareTo?: { channel: string; threadTs: string };
  /** Thresholds of the "What stands out" findings (defaults when absent). */
  thresholds?: FindingThresholds;
  /** The time findings measure "still in progress" to. */
  now?: Date;
  /** The contact's flow path, when loaded or cached: the Flow section and the flow findings. */
  flowPath?: FlowPath;
  /** Why the open Flow section has no path (no log group, access denied…), already worded. */
  flowProblem?: Mrkdwn;
  /** The contact's evaluations, when loaded or cached: the Quality section and its finding. */
  evaluations?: ContactEvaluations;
  /** Why the open Quality section has no evaluations (access denied…), already worded. */
  evaluationsProblem?: Mrkdwn;
  /**
   * Contact Lens's analysis of the contact: when cached, the conversation findings; with the
   * Conversation section open, as read for it (undefined: Contact Lens did not analyse it).
   */
  conversation?: Conversation;
  /** Why the open Conversation section has no analysis (access denied…), already worded. */
  conversationProblem?: Mrkdwn;
}
