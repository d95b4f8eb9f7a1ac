import type { Contact } from "./connect-model.js";

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
