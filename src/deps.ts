import type { Cache } from "./cache/cache.js";
import type { Config } from "./config/config.js";
import type { ContactService } from "./connect/contact-service.js";
import type { ConversationService } from "./conversation/conversation-service.js";
import type { RateLimiterFactory } from "./infra/rate-limiter-factory.js";
import type { FlowPaths } from "./logs/flow-paths.js";
import type { Logger } from "./observability/logger.js";
import type { Metrics } from "./observability/metrics.js";
import type { Evaluations } from "./quality/evaluations.js";
import type { ContactSearch } from "./search/contact-search.js";
import type { NameDirectory } from "./search/name-directory.js";
import type { CredentialsSource } from "./slack/secret-credentials.js";
import type { SlackUsers } from "./slack/slack-users.js";
import type { ThreadPoster } from "./slack/thread-poster.js";
import type { UserTimeZones } from "./slack/user-time-zones.js";
import type { createUsergroupMembers } from "./slack/usergroup-members.js";
import type { TimelineService } from "./timeline/timeline-service.js";

/**
 * Everything listeners and middleware need, passed in so they test without module mocks. Each
 * takes the `Pick` of it that it uses; only the surfaces' `register` functions take all of it.
 */
export interface Deps {
  config: Readonly<Config>;
  logger: Logger;
  metrics: Metrics;
  cache: Cache;
  contacts: ContactService;
  /** SearchContacts, paged; shares the contact service's rate limiters and cache. */
  search: ContactSearch;
  /** Queue and agent names per instance (search filters, the form's menus, alarm queues). */
  names: NameDirectory;
  threadPoster: ThreadPoster;
  usergroups: ReturnType<typeof createUsergroupMembers>;
  credentials: CredentialsSource;
  /** Slack users' account type (guests) and time zone, from a cached `users.info`. */
  slackUsers: SlackUsers;
  timeZones: UserTimeZones;
  timelines: TimelineService;
  /** Per-operation limiters of an AWS service, shared by the replicas through Redis. */
  rateLimiters: RateLimiterFactory;
  /** Contacts' paths through the flows (flow logs); `cached()` never calls AWS. */
  flowPaths: FlowPaths;
  /** Contacts' evaluations; `cached()` never calls AWS. */
  evaluations: Evaluations;
  /** Contact Lens's analysis of a contact (the Conversation section); `cached()` never calls AWS. */
  conversations: ConversationService;
}
