import {
  type ConnectClient,
  type Contact,
  DescribeInstanceCommand,
  DescribeQueueCommand,
  DescribeRoutingProfileCommand,
  DescribeUserCommand,
  DescribeUserHierarchyGroupCommand,
} from "@aws-sdk/client-connect";
import type { Cache } from "../cache/cache.js";
import type { AgentNames, ContactRecord } from "../domain/contact-record.js";
import type { Deadline } from "../infra/deadline.js";
import type { LimitedCall } from "../infra/limited-call.js";
import { createSharedCachedValue } from "../infra/shared-cached-value.js";
import type { SharedFlight } from "../infra/shared-flight.js";
import { trimChars } from "../text/trim-chars.js";
import { hierarchyNames } from "./hierarchy-names.js";
import { type UserSummary, userSummary } from "./user-summary.js";

export type ResolvedNames = Pick<ContactRecord, "queueName" | "agent" | "consoleBaseUrl">;

export interface NameResolver {
  /** The names a contact's ids resolve to: queue, agent (with profile and hierarchy), console. */
  contact(
    client: ConnectClient,
    instanceId: string,
    contact: Contact,
    deadline: Deadline,
  ): Promise<ResolvedNames>;
  /** One user (an evaluator…), cached under the same key as the agents' names. */
  user(
    client: ConnectClient,
    instanceId: string,
    userId: string,
    deadline: Deadline,
  ): Promise<UserSummary | undefined>;
}

/**
 * Turns the ids in a contact into names, each cached on its own. Names are decoration: a name
 * that cannot be read is left out rather than failing the lookup. Missing or denied names are
 * remembered briefly so that every lookup does not spend rate-limit tokens asking again.
 */
export function createNameResolver(deps: {
  api: LimitedCall;
  cache: Cache;
  /** One look-up per name across replicas. */
  flight: SharedFlight;
  ttlSeconds: number;
  missingTtlSeconds: number;
  consoleUrl?: string;
}): NameResolver {
  const { api } = deps;
  const cached = createSharedCachedValue(deps);

  /** Each name of one instance, read with `client` within `deadline`. */
  function lookups(client: ConnectClient, instanceId: string, deadline: Deadline) {
    const send = <T>(operation: string, call: (abortSignal: AbortSignal) => Promise<T>) =>
      api.send(operation, deadline, call);
    const InstanceId = instanceId;

    const queue = async (QueueId: string) =>
      cached(`queue:${instanceId}:${QueueId}`, deadline, async () => {
        const out = await send("DescribeQueue", (abortSignal) =>
          client.send(new DescribeQueueCommand({ InstanceId, QueueId }), { abortSignal }),
        );
        return out?.Queue?.Name;
      });

    const routingProfile = async (RoutingProfileId: string) =>
      cached(`routing-profile:${instanceId}:${RoutingProfileId}`, deadline, async () => {
        const out = await send("DescribeRoutingProfile", (abortSignal) =>
          client.send(new DescribeRoutingProfileCommand({ InstanceId, RoutingProfileId }), {
            abortSignal,
          }),
        );
        return out?.RoutingProfile?.Name;
      });

    const hierarchy = async (HierarchyGroupId: string) =>
      cached(`hierarchy-group:${instanceId}:${HierarchyGroupId}`, deadline, async () => {
        const out = await send("DescribeUserHierarchyGroup", (abortSignal) =>
          client.send(new DescribeUserHierarchyGroupCommand({ InstanceId, HierarchyGroupId }), {
            abortSignal,
          }),
        );
        return hierarchyNames(out?.HierarchyGroup);
      });

    const user = async (UserId: string) =>
      cached<UserSummary>(`user:${instanceId}:${UserId}`, deadline, async () => {
        const out = await send("DescribeUser", (abortSignal) =>
          client.send(new DescribeUserCommand({ InstanceId, UserId }), { abortSignal }),
        );
        return userSummary(out?.User);
      });

    const agent = async (userId: string): Promise<AgentNames | undefined> => {
      const summary = await user(userId);
      if (!summary) return undefined;
      const [routing, levels] = await Promise.all([
        summary.routingProfileId ? routingProfile(summary.routingProfileId) : undefined,
        summary.hierarchyGroupId ? hierarchy(summary.hierarchyGroupId) : undefined,
      ]);
      const names: AgentNames = {};
      if (summary.name) names.name = summary.name;
      if (summary.username) names.username = summary.username;
      if (routing) names.routingProfile = routing;
      if (levels) names.hierarchy = levels;
      return names;
    };

    const consoleBaseUrl = async () =>
      deps.consoleUrl ??
      cached(`instance:${instanceId}`, deadline, async () => {
        const out = await send("DescribeInstance", (abortSignal) =>
          client.send(new DescribeInstanceCommand({ InstanceId }), { abortSignal }),
        );
        return trimChars(out?.Instance?.InstanceAccessUrl, "/", "end");
      });

    return { queue, user, agent, consoleBaseUrl };
  }

  return {
    async contact(client, instanceId, contact, deadline) {
      const { queue, agent, consoleBaseUrl } = lookups(client, instanceId, deadline);
      const [queueName, agentNames, baseUrl] = await Promise.all([
        contact.QueueInfo?.Id ? queue(contact.QueueInfo.Id) : undefined,
        contact.AgentInfo?.Id ? agent(contact.AgentInfo.Id) : undefined,
        consoleBaseUrl(),
      ]);
      const names: ResolvedNames = {};
      if (queueName) names.queueName = queueName;
      if (agentNames) names.agent = agentNames;
      if (baseUrl) names.consoleBaseUrl = baseUrl;
      return names;
    },

    user: (client, instanceId, userId, deadline) =>
      lookups(client, instanceId, deadline).user(userId),
  };
}
