import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { createMemoryCache } from "../../src/cache/memory-cache.js";
import type { createConnectClients } from "../../src/connect/connect-clients.js";
import { createContactService } from "../../src/connect/contact-service.js";
import {
  AccessDeniedError,
  ContactNotFoundError,
  ThrottledError,
  UpstreamTimeoutError,
} from "../../src/domain/errors.js";
import { emulatorConnectClients } from "../fakes/connect-fixtures.js";
import { type ConnectEmulator, startConnectEmulator } from "../support/connect-emulator.js";
import {
  config,
  contact,
  contactId,
  HIERARCHY_GROUP_ID,
  INSTANCE_A,
  QUEUE_ID,
  ROUTING_PROFILE_ID,
  USER_ID,
} from "./fixtures.js";

/** The real SDK over HTTP against the Connect emulator: serialisation and error headers included. */
let emulator: ConnectEmulator;
let clients: ReturnType<typeof createConnectClients>;

beforeAll(async () => {
  emulator = await startConnectEmulator({ rateLimit: { rps: 2, burst: 5 } });
  emulator.putInstance({
    Id: INSTANCE_A,
    InstanceAccessUrl: "https://acme.my.connect.aws/",
  });
  emulator.putQueue(INSTANCE_A, { QueueId: QUEUE_ID, Name: "Billing" });
  emulator.putUser(INSTANCE_A, {
    Id: USER_ID,
    Username: "jdoe",
    IdentityInfo: { FirstName: "Jane", LastName: "Doe" },
    RoutingProfileId: ROUTING_PROFILE_ID,
    HierarchyGroupId: HIERARCHY_GROUP_ID,
  });
  emulator.putRoutingProfile(INSTANCE_A, { RoutingProfileId: ROUTING_PROFILE_ID, Name: "Support" });
  emulator.putHierarchyGroup(INSTANCE_A, {
    Id: HIERARCHY_GROUP_ID,
    Name: "Team A",
    HierarchyPath: { LevelOne: { Name: "EMEA" }, LevelTwo: { Name: "Team A" } },
  });
  for (let n = 1; n <= 12; n++) emulator.putContact(INSTANCE_A, contact(contactId(n)));
  clients = emulatorConnectClients(emulator.url, config.connect.instances);
});

afterAll(async () => {
  clients.destroy();
  await emulator.stop();
});

beforeEach(() => {
  emulator.reset();
});

function service(deadlineMs?: number, maxRps = 2, burst = 5) {
  const onlyA = {
    ...config,
    connect: { ...config.connect, maxRps, burst, instances: [config.connect.instances[0]!] },
  };
  return createContactService({ clients, cache: createMemoryCache(), config: onlyA, deadlineMs });
}

describe("contact service over the wire", () => {
  it("reads a contact and its names, Dates and all", async () => {
    const { record } = await service().lookup({ contactId: contactId(1) });
    expect(record.contact.InitiationTimestamp).toEqual(contact(contactId(1)).InitiationTimestamp);
    expect(record).toMatchObject({
      queueName: "Billing",
      agent: {
        name: "Jane Doe",
        username: "jdoe",
        routingProfile: "Support",
        hierarchy: ["EMEA", "Team A"],
      },
      consoleBaseUrl: "https://acme.my.connect.aws",
    });
    expect(emulator.calls.every((c) => c.signed)).toBe(true);
  });

  it("maps the wire's errors", async () => {
    await expect(service().lookup({ contactId: contactId(99) })).rejects.toBeInstanceOf(
      ContactNotFoundError,
    );
    emulator.denyAll("DescribeContact");
    await expect(service().lookup({ contactId: contactId(1) })).rejects.toBeInstanceOf(
      AccessDeniedError,
    );
    emulator.allow("DescribeContact");
    // Three times: the SDK's standard retry mode retries throttling twice by itself.
    emulator.failNext("DescribeContact", { status: 429, type: "ThrottlingException" }, 3);
    await expect(service().lookup({ contactId: contactId(1) })).rejects.toBeInstanceOf(
      ThrottledError,
    );
  });

  it("still answers when a name may not be read", async () => {
    emulator.denyAll("DescribeUser");
    const { record } = await service().lookup({ contactId: contactId(2) });
    expect(record.agent).toBeUndefined();
    expect(record.queueName).toBe("Billing");
  });

  it("times out at the deadline when Connect hangs", async () => {
    // The emulator never answers: only the deadline can end the lookup (a hang fails the test).
    emulator.hangNext("DescribeContact");
    await expect(service(300).lookup({ contactId: contactId(3) })).rejects.toBeInstanceOf(
      UpstreamTimeoutError,
    );
    expect(emulator.count("DescribeContact")).toBe(1);
  });

  it("queues a burst within Connect's quota instead of failing it", async () => {
    // Exactly at the quota: the limiter's guard absorbs the offset between our clock and the
    // server's bucket, and SDK retries queue behind the limiter instead of spending its tokens.
    const contacts = service(10_000, 2);
    const ids = Array.from({ length: 12 }, (_, i) => contactId(i + 1));
    const started = Date.now();
    const results = await Promise.all(ids.map((id) => contacts.lookup({ contactId: id })));
    expect(results.map((r) => r.record.queueName)).toEqual(ids.map(() => "Billing"));
    expect(emulator.throttled).toBe(0);
    expect(Date.now() - started).toBeGreaterThanOrEqual(3400);
  });

  it("makes the SDK's retries wait for the rate limiter too", async () => {
    emulator.failNext("DescribeContact", { status: 500, type: "InternalServiceException" });
    await service(10_000, 1, 1).lookup({ contactId: contactId(5) });
    const attempts = emulator.calls.filter((c) => c.operation === "DescribeContact");
    expect(attempts).toHaveLength(2);
    // The SDK alone would retry a 500 within ~200 ms; at 1 rps the retry waits for a token.
    expect(attempts[1]!.at - attempts[0]!.at).toBeGreaterThanOrEqual(800);
  });
});
