import {
  ConnectClient,
  type Contact,
  DescribeContactCommand,
  DescribeInstanceCommand,
  DescribeQueueCommand,
  DescribeRoutingProfileCommand,
  DescribeUserCommand,
  DescribeUserHierarchyGroupCommand,
  ResourceNotFoundException,
} from "@aws-sdk/client-connect";
import { type AwsClientStub, mockClient } from "aws-sdk-client-mock";
import type { Cache } from "../../src/cache/cache.js";
import { createMemoryCache } from "../../src/cache/memory-cache.js";
import type { Config } from "../../src/config/config.js";
import { createContactService } from "../../src/connect/contact-service.js";
import type { CallOutcome } from "../../src/infra/limited-call.js";

export const INSTANCE_A = "aaaaaaaa-0000-4000-8000-00000000000a";
export const INSTANCE_B = "bbbbbbbb-0000-4000-8000-00000000000b";
export const QUEUE_ID = "0a0a0a0a-0000-4000-8000-000000000001";
export const USER_ID = "0b0b0b0b-0000-4000-8000-000000000002";
export const ROUTING_PROFILE_ID = "0c0c0c0c-0000-4000-8000-000000000003";
export const HIERARCHY_GROUP_ID = "0d0d0d0d-0000-4000-8000-000000000004";

export function contactId(n: number): string {
  return `c0000000-0000-4000-8000-${String(n).padStart(12, "0")}`;
}

export function contact(id: string, extra: Partial<Contact> = {}): Contact {
  return {
    Id: id,
    Channel: "VOICE",
    InitiationTimestamp: new Date("2025-03-01T10:00:00.123Z"),
    DisconnectTimestamp: new Date("2025-03-01T10:05:00.456Z"),
    QueueInfo: { Id: QUEUE_ID },
    AgentInfo: { Id: USER_ID },
    ...extra,
  };
}

export function notFound(): ResourceNotFoundException {
  return new ResourceNotFoundException({ message: "Contact not found", $metadata: {} });
}

export const config: Pick<Config, "connect" | "cache" | "attributeDenylist"> = {
  connect: {
    instances: [
      { instanceId: INSTANCE_A, region: "eu-west-2" },
      { instanceId: INSTANCE_B, region: "us-east-1" },
    ],
    region: "eu-west-2",
    maxRps: 1000,
    burst: 1000,
    timeoutMs: 1000,
  },
  cache: {
    keyPrefix: "test:",
    endedTtlSeconds: 21_600,
    activeTtlSeconds: 15,
    namesTtlSeconds: 3600,
    notFoundTtlSeconds: 60,
  },
  attributeDenylist: ["ssn", "card*"],
};

/** A cache that remembers the TTL of every write. */
export function recordingCache(): Cache & { ttls: Map<string, number> } {
  const inner = createMemoryCache();
  const ttls = new Map<string, number>();
  return {
    ...inner,
    async set(key, value, ttlSeconds) {
      ttls.set(key, ttlSeconds);
      await inner.set(key, value, ttlSeconds);
    },
    ttls,
  };
}

/** Answers every name lookup; DescribeContact answers "not found" until a test says otherwise. */
export function stubNames(mock: AwsClientStub<ConnectClient>): void {
  mock.on(DescribeContactCommand).rejects(notFound());
  mock.on(DescribeQueueCommand).resolves({ Queue: { Name: "Billing" } });
  mock.on(DescribeUserCommand).resolves({
    User: {
      Username: "jdoe",
      IdentityInfo: { FirstName: "Jane", LastName: "Doe" },
      RoutingProfileId: ROUTING_PROFILE_ID,
      HierarchyGroupId: HIERARCHY_GROUP_ID,
    },
  });
  mock.on(DescribeRoutingProfileCommand).resolves({ RoutingProfile: { Name: "Support" } });
  mock.on(DescribeUserHierarchyGroupCommand).resolves({
    HierarchyGroup: {
      Name: "Team A",
      HierarchyPath: {
        LevelOne: { Name: "EMEA" },
        LevelTwo: { Name: "London" },
        LevelThree: { Name: "Team A" },
      },
    },
  });
  mock.on(DescribeInstanceCommand).resolves({
    Instance: { InstanceAccessUrl: "https://acme.my.connect.aws/" },
  });
}

/** A service over two mocked regional clients (A in eu-west-2, B in us-east-1). */
export function setup(
  options: { config?: typeof config; deadlineMs?: number; backgroundDeadlineMs?: number } = {},
) {
  const euClient = new ConnectClient({ region: "eu-west-2" });
  const usClient = new ConnectClient({ region: "us-east-1" });
  const eu = mockClient(euClient);
  const us = mockClient(usClient);
  stubNames(eu);
  stubNames(us);
  const cache = recordingCache();
  const calls: { operation: string; outcome: CallOutcome }[] = [];
  const cacheResults: string[] = [];
  const service = createContactService({
    clients: { forRegion: (region) => (region === "us-east-1" ? usClient : euClient) },
    cache,
    config: options.config ?? config,
    deadlineMs: options.deadlineMs,
    backgroundDeadlineMs: options.backgroundDeadlineMs,
    hooks: {
      onCall: (operation, outcome) => calls.push({ operation, outcome }),
      onCache: (result) => cacheResults.push(result),
    },
  });
  return { service, cache, eu, us, calls, cacheResults };
}
