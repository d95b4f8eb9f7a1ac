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
