import type {
  Contact,
  ContactFlow,
  DescribeContactEvaluationResponse,
  HierarchyGroup,
  Instance,
  InstanceStorageConfig,
  InstanceStorageResourceType,
  Queue,
  RoutingProfile,
  User,
} from "@aws-sdk/client-connect";
import type { AnalysisSegmentsV2 } from "./connect-analysis.js";
import type { ConnectFault } from "./connect-store.js";
import type { TranscriptTurn } from "./connect-transcripts.js";

/** The emulator's public surface, apart from the server plumbing in connect-emulator.ts. */
export interface ConnectEmulatorOptions {
  latencyMs?: number;
  port?: number;
  /** Applied per operation, as Connect's quotas are ("DescribeContact: N rps, burst M"). */
  rateLimit?: { rps: number; burst: number };
}

export interface ConnectCall {
  /** The SDK's operation name, or "Unknown" for a route the emulator does not implement. */
  operation: string;
  path: string;
  at: number;
  /** Whether an `Authorization: AWS4-HMAC-SHA256 ...` header came along (not verified). */
  signed: boolean;
  throttled: boolean;
  /** The request's JSON body and query string, as the emulator read them (e.g. SearchCriteria). */
  input?: Record<string, unknown>;
}

export interface ConnectEmulator {
  url: string;
  port: number;
  putContact(instanceId: string, contact: Contact): void;
  putQueue(instanceId: string, queue: Queue): void;
  putUser(instanceId: string, user: User): void;
  putRoutingProfile(instanceId: string, profile: RoutingProfile): void;
  putHierarchyGroup(instanceId: string, group: HierarchyGroup): void;
  putInstance(instance: Instance): void;
  putContactFlow(instanceId: string, flow: ContactFlow): void;
  putAttributes(instanceId: string, initialContactId: string, attrs: Record<string, string>): void;
  /** Attribute keys SearchContacts may filter on; others are refused (400), like Connect does. */
  setSearchableAttributes(instanceId: string, keys: string[]): void;
  /** What was said on a contact (Contact Lens), which SearchContacts' transcript criteria search. */
  putTranscript(instanceId: string, contactId: string, turns: readonly TranscriptTurn[]): void;
  /** An evaluation of a contact (its Metadata.ContactId), as DescribeContactEvaluation answers it. */
  putEvaluation(instanceId: string, described: DescribeContactEvaluationResponse): void;
  /** A storage configuration answered by ListInstanceStorageConfigs for `resourceType`. */
  putStorageConfig(
    instanceId: string,
    resourceType: InstanceStorageResourceType,
    config: InstanceStorageConfig,
  ): void;
  /** What ListRealtimeContactAnalysisSegmentsV2 answers for the contact (a chat's analysis). */
  putAnalysisSegmentsV2(instanceId: string, contactId: string, data: AnalysisSegmentsV2): void;
  failNext(operation: string, fault: ConnectFault, times?: number): void;
  /** The next requests are read and never answered, until stop(). */
  hangNext(operation: string, times?: number): void;
  denyAll(operation: string): void;
  allow(operation: string): void;
  readonly calls: ConnectCall[];
  /** Requests received (throttled ones included); all operations when none is given. */
  count(operation?: string): number;
  /** Requests answered 429 by the rate limit (not by failNext). */
  readonly throttled: number;
  /** Forgets calls, counters, scheduled faults and denials; keeps the seeded data. */
  reset(): void;
  setLatency(ms: number): void;
  stop(): Promise<void>;
}
