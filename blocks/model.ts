import type { Contact } from "@aws-sdk/client-connect";
import type { Conversation } from "./conversation-model.js";
import type { ContactEvaluations } from "./evaluation-model.js";
import type { FindingThresholds } from "./findings/finding.js";
import type { FlowPath } from "./flow-model.js";
import type { Mrkdwn } from "./mrkdwn.js";

/**
 * Sections a summary offers. The action id of each button names its section; where and for whom
 * each opens is in private-sections.ts.
 */
export const SECTIONS = [
  "agent",
  "queue",
  "routing",
  "quality",
  "details",
  "attributes",
  "chain",
  "flow",
  "conversation",
] as const;
export type SectionId = (typeof SECTIONS)[number];

/** Names resolved from ids with DescribeUser / DescribeRoutingProfile / DescribeUserHierarchyGroup. */
export interface AgentNames {
  /** "First Last" from the user's IdentityInfo. */
  name?: string;
  username?: string;
  routingProfile?: string;
  /** Hierarchy level names, level 1 first, e.g. ["EMEA", "London", "Team A"]. */
  hierarchy?: string[];
}

/** One contact as the bot knows it: DescribeContact's answer plus the names that ids resolve to. */
export interface ContactRecord {
  instanceId: string;
  region: string;
  contact: Contact;
  queueName?: string;
  agent?: AgentNames;
  /** The instance's InstanceAccessUrl (or the configured console URL), without a trailing slash. */
  consoleBaseUrl?: string;
  /**
   * How many user-defined attributes the contact has when `contact.Attributes` was left out: the
   * summary shows only their number, the Attributes section reads them with GetContactAttributes.
   */
  attributeCount?: number;
}

export type ChainRelation = "initial" | "previous" | "next" | "related" | "association";

/** One leg of a transfer chain, oldest first. `record` is missing when the leg could not be read. */
export interface ChainLeg {
  contactId: string;
  record?: ContactRecord;
  missing?: "not_found" | "cycle" | "error";
}

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

/**
 * State carried in every button's `value`, so that a click can re-render the message without
 * reading it back (Slack does not send ephemeral messages' blocks with block_actions).
 */
export interface ButtonState {
  /** Instance id. */
  i: string;
  /** Contact id. */
  c: string;
  /** Section open when the message was rendered. */
  o?: SectionId;
  /** Share target "channel/threadTs", present on private (ephemeral) answers. */
  s?: string;
  /** "1" on a message the whole channel sees, where private sections open for the clicker only. */
  p?: "1";
}

export const ACTION_IDS = {
  /** Prefix of the section toggle buttons: `contact_section_agent`, ... */
  sectionPrefix: "contact_section_",
  /** Look up a related contact (value: ButtonState of that contact). */
  related: "contact_related",
  /** Post a private answer publicly in the thread (value: ButtonState). */
  share: "contact_share",
  /** Draw the transfer chain as a PNG timeline and upload it (value: ButtonState). */
  timeline: "contact_timeline",
  /** Link button to the Amazon Connect console; Slack still sends an action we must ack. */
  console: "contact_console",
  /** The Conversation section (issue 17 names its action id); `contact_section_conversation` too. */
  conversation: "conversation",
  /** A search result's full summary (value: ButtonState). */
  open: "contact_open",
  /** The next ten search results (value: the search's cursor key). */
  searchMore: "contact_search_more",
} as const;

/** Sections whose button has an action id of its own rather than `contact_section_<id>`. */
const OWN_ACTION_IDS: Partial<Record<SectionId, string>> = {
  conversation: ACTION_IDS.conversation,
};

export function sectionActionId(section: SectionId): string {
  return OWN_ACTION_IDS[section] ?? `${ACTION_IDS.sectionPrefix}${section}`;
}

/**
 * Added by blocks/: the related-contact buttons. Slack wants action ids unique within a block, so
 * each relation suffixes ACTION_IDS.related: `contact_related_previous`, `contact_related_initial`,
 * `contact_related_related`. Listeners can match them all with RELATED_ACTION_ID.
 */
export const RELATED_KINDS = ["previous", "initial", "related"] as const;
export type RelatedKind = (typeof RELATED_KINDS)[number];

export function relatedActionId(kind: RelatedKind): string {
  return `${ACTION_IDS.related}_${kind}`;
}

/** Matches every related-contact button's action id (for `app.action(RELATED_ACTION_ID, …)`). */
export const RELATED_ACTION_ID = new RegExp(`^${ACTION_IDS.related}_(${RELATED_KINDS.join("|")})$`);

/** Matches every section button's action id (`conversation` as well as its prefixed form). */
export const SECTION_ACTION_ID = new RegExp(
  `^(?:${ACTION_IDS.sectionPrefix}(${SECTIONS.join("|")})|${ACTION_IDS.conversation})$`,
);
