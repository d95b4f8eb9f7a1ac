import type {
  Contact,
  ContactFlow,
  DescribeContactEvaluationResponse,
  HierarchyGroup,
  Instance,
  Queue,
  RoutingProfile,
  User,
} from "@aws-sdk/client-connect";
import { toAwsWire } from "./aws-wire.js";
import { ConnectAnalysisStore } from "./connect-analysis.js";
import { EvaluationStore } from "./connect-evaluations.js";
import { searchNames } from "./connect-name-search.js";
import type { ConnectOperation } from "./connect-routes.js";
import { type SearchData, searchContacts } from "./connect-search.js";
import type { TranscriptTurn } from "./connect-transcripts.js";

export interface ConnectFault {
  status: number;
  type: string;
  message?: string;
}

export type ConnectAnswer = { body: unknown } | { fault: ConnectFault };

/** How each Describe* operation finds its entity and wraps it in the response. */
const ENTITIES = {
  DescribeContact: { wrap: "Contact", param: "ContactId" },
  DescribeQueue: { wrap: "Queue", param: "QueueId" },
  DescribeUser: { wrap: "User", param: "UserId" },
  DescribeRoutingProfile: { wrap: "RoutingProfile", param: "RoutingProfileId" },
  DescribeUserHierarchyGroup: { wrap: "HierarchyGroup", param: "HierarchyGroupId" },
  DescribeContactFlow: { wrap: "ContactFlow", param: "ContactFlowId" },
} as const;

type EntityOperation = keyof typeof ENTITIES;
type Entity = Contact | Queue | User | RoutingProfile | HierarchyGroup | ContactFlow;

function notFound(message: string): { fault: ConnectFault } {
  return { fault: { status: 404, type: "ResourceNotFoundException", message } };
}

/** Connect accepts an instance ARN wherever an instance id goes. */
function instanceIdOf(idOrArn: string): string {
  return /^arn:aws[\w-]*:connect:[^:]*:\d*:instance\/([^/]+)$/.exec(idOrArn)?.[1] ?? idOrArn;
}

function defaultInstance(id: string): Instance {
  return {
    Id: id,
    Arn: `arn:aws:connect:us-east-1:123456789012:instance/${id}`,
    IdentityManagementType: "CONNECT_MANAGED",
    InstanceAlias: "alias",
    CreatedTime: new Date("2024-01-01T00:00:00Z"),
    ServiceRole: "arn:aws:iam::123456789012:role/aws-service-role/connect.amazonaws.com/Connect",
    InstanceStatus: "ACTIVE",
    InboundCallsEnabled: true,
    OutboundCallsEnabled: true,
    InstanceAccessUrl: "https://alias.my.connect.aws",
  };
}

/** The emulator's data, keyed the way Connect scopes it: everything lives inside an instance. */
export class ConnectStore {
  private readonly instances = new Map<string, Instance>();
  private readonly entities = new Map<string, Entity>();
  private readonly attributes = new Map<string, Record<string, string>>();
  private readonly searchable = new Map<string, Set<string>>();
  private readonly transcripts = new Map<string, readonly TranscriptTurn[]>();
  private readonly evaluations = new EvaluationStore();
  /** Storage configurations and real-time analysis segments (Contact Lens). */
  readonly analysis = new ConnectAnalysisStore();

  /** The views SearchContacts and the name searches read (each entity once, not per id/ARN). */
  private readonly data: SearchData = {
    contacts: (instanceId) => this.all<Contact>("DescribeContact", instanceId),
    queues: (instanceId) => this.all<Queue>("DescribeQueue", instanceId),
    users: (instanceId) => this.all<User>("DescribeUser", instanceId),
    attributes: (instanceId, id) => this.attributes.get(`${instanceId}|${id}`),
    searchableKeys: (instanceId) => this.searchable.get(instanceId) ?? new Set(),
    transcript: (instanceId, id) => this.transcripts.get(`${instanceId}|${id}`) ?? [],
  };

  /** What was said on a contact, for SearchContacts' transcript criteria. */
  putTranscript(instanceId: string, contactId: string, turns: readonly TranscriptTurn[]): void {
    this.transcripts.set(`${instanceId}|${contactId}`, turns);
  }

  /** Attribute keys SearchContacts may filter on (Connect's "searchable contact attributes"). */
  setSearchableAttributes(instanceId: string, keys: string[]): void {
    this.searchable.set(instanceId, new Set(keys));
  }

  private all<T extends Entity>(operation: EntityOperation, instanceId: string): T[] {
    const prefix = `${operation}|${instanceId}|`;
    const found = new Set<Entity>();
    for (const [key, entity] of this.entities) if (key.startsWith(prefix)) found.add(entity);
    return [...found] as T[];
  }

  putInstance(instance: Instance): void {
    if (!instance.Id) throw new Error("putInstance: Instance.Id is required");
    this.instances.set(instance.Id, instance);
  }

  /** Stores under the id and, when present, the ARN: Connect resolves either. */
  putEntity(
    operation: EntityOperation,
    instanceId: string,
    entity: Entity,
    ids: (string | undefined)[],
  ): void {
    const keys = ids.filter((id): id is string => Boolean(id));
    if (keys.length === 0) throw new Error(`${operation}: the entity needs its id`);
    this.ensureInstance(instanceId);
    for (const id of keys) this.entities.set(`${operation}|${instanceId}|${id}`, entity);
  }

  putEvaluation(instanceId: string, described: DescribeContactEvaluationResponse): void {
    this.ensureInstance(instanceId);
    this.evaluations.put(instanceId, described);
  }

  putAttributes(instanceId: string, initialContactId: string, attrs: Record<string, string>): void {
    this.ensureInstance(instanceId);
    this.attributes.set(`${instanceId}|${initialContactId}`, { ...attrs });
  }

  answer(
    operation: ConnectOperation,
    params: Record<string, string>,
    body: Record<string, unknown> = {},
  ): ConnectAnswer {
    const instanceId = instanceIdOf(String(body.InstanceId ?? params.InstanceId ?? ""));
    const instance = this.instances.get(instanceId);
    if (!instance) return notFound(`Instance not found: ${instanceId}`);
    if (operation === "SearchContacts") return searchContacts(this.data, instanceId, body);
    if (
      operation === "SearchQueues" ||
      operation === "SearchUsers" ||
      operation === "ListQueues" ||
      operation === "ListUsers"
    ) {
      return searchNames(operation, this.data, instanceId, { ...params, ...body });
    }
    if (operation === "DescribeInstance") return { body: toAwsWire({ Instance: instance }) };
    if (operation === "ListContactEvaluations" || operation === "DescribeContactEvaluation") {
      return this.evaluations.answer(operation, instanceId, params);
    }
    if (operation === "ListInstanceStorageConfigs") {
      return this.analysis.listStorageConfigs(instanceId, params);
    }
    if (operation === "ListRealtimeContactAnalysisSegmentsV2") {
      return this.analysis.listSegmentsV2(instanceId, params.ContactId ?? "", body);
    }
    if (operation === "GetContactAttributes") {
      const id = params.InitialContactId ?? "";
      const attrs = this.attributes.get(`${instanceId}|${id}`);
      if (attrs) return { body: { Attributes: attrs } };
      // A contact without attributes answers an empty map, an unknown contact a 404.
      if (this.entities.has(`DescribeContact|${instanceId}|${id}`))
        return { body: { Attributes: {} } };
      return notFound(`Contact not found: ${id}`);
    }
    const { wrap, param } = ENTITIES[operation];
    const id = params[param] ?? "";
    const entity = this.entities.get(`${operation}|${instanceId}|${id}`);
    if (!entity) return notFound(`${wrap} not found: ${id}`);
    return { body: toAwsWire({ [wrap]: entity }) };
  }

  ensureInstance(instanceId: string): void {
    if (!this.instances.has(instanceId))
      this.instances.set(instanceId, defaultInstance(instanceId));
  }
}
