import {
  AccessDeniedException,
  ConnectClient,
  type Contact,
  DescribeContactCommand,
  DescribeInstanceCommand,
  DescribeQueueCommand,
  DescribeRoutingProfileCommand,
  DescribeUserCommand,
  DescribeUserHierarchyGroupCommand,
  GetContactAttributesCommand,
  InternalServiceException,
  ResourceNotFoundException,
  ThrottlingException,
} from "@aws-sdk/client-connect";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { type ConnectEmulator, startConnectEmulator } from "../support/connect-emulator.js";

const INSTANCE = "11111111-2222-3333-4444-555555555555";
const CONTACT_ID = "c0ffee00-0000-4000-8000-000000000001";

const contact: Contact = {
  Id: CONTACT_ID,
  Arn: `arn:aws:connect:us-east-1:123456789012:instance/${INSTANCE}/contact/${CONTACT_ID}`,
  InitialContactId: CONTACT_ID,
  Channel: "VOICE",
  InitiationMethod: "INBOUND",
  InitiationTimestamp: new Date("2024-05-01T10:00:00.250Z"),
  DisconnectTimestamp: new Date("2024-05-01T10:07:30Z"),
  QueueInfo: { Id: "queue-1", EnqueueTimestamp: new Date("2024-05-01T10:00:05.5Z") },
  AgentInfo: { Id: "agent-1", ConnectedToAgentTimestamp: new Date("2024-05-01T10:01:00Z") },
  Attributes: { tier: "gold" },
};

function client(
  endpoint: string,
  extra: Partial<ConstructorParameters<typeof ConnectClient>[0]> = {},
) {
  return new ConnectClient({
    region: "us-east-1",
    endpoint,
    credentials: { accessKeyId: "test", secretAccessKey: "test" },
    maxAttempts: 1,
    ...extra,
  });
}

describe("connect emulator with the real ConnectClient", () => {
  let emulator: ConnectEmulator;
  let connect: ConnectClient;

  beforeAll(async () => {
    emulator = await startConnectEmulator();
    connect = client(emulator.url);
    emulator.putContact(INSTANCE, contact);
    emulator.putQueue(INSTANCE, { QueueId: "queue-1", Name: "Support", Status: "ENABLED" });
    emulator.putUser(INSTANCE, {
      Id: "agent-1",
      Username: "jane",
      IdentityInfo: { FirstName: "Jane" },
    });
    emulator.putRoutingProfile(INSTANCE, { RoutingProfileId: "rp-1", Name: "Basic" });
    emulator.putHierarchyGroup(INSTANCE, { Id: "hg-1", Name: "Team A", LevelId: "1" });
    emulator.putAttributes(INSTANCE, CONTACT_ID, { customerId: "42" });
  });
  afterEach(() => emulator.reset());
  afterAll(async () => {
    connect.destroy();
    await emulator.stop();
  });

  it("round-trips a contact with nested dates, signed with SigV4", async () => {
    const out = await connect.send(
      new DescribeContactCommand({ InstanceId: INSTANCE, ContactId: CONTACT_ID }),
    );
    expect(out.Contact).toEqual(contact);
    expect(out.Contact?.QueueInfo?.EnqueueTimestamp).toBeInstanceOf(Date);
    expect(emulator.calls).toEqual([
      expect.objectContaining({
        operation: "DescribeContact",
        path: `/contacts/${INSTANCE}/${CONTACT_ID}`,
        signed: true,
      }),
    ]);
  });

  it("answers every Describe* operation and GetContactAttributes", async () => {
    const ids = { InstanceId: INSTANCE };
    const queue = await connect.send(new DescribeQueueCommand({ ...ids, QueueId: "queue-1" }));
    expect(queue.Queue?.Name).toBe("Support");
    const user = await connect.send(new DescribeUserCommand({ ...ids, UserId: "agent-1" }));
    expect(user.User?.IdentityInfo?.FirstName).toBe("Jane");
    const rp = await connect.send(
      new DescribeRoutingProfileCommand({ ...ids, RoutingProfileId: "rp-1" }),
    );
    expect(rp.RoutingProfile?.Name).toBe("Basic");
    const group = await connect.send(
      new DescribeUserHierarchyGroupCommand({ ...ids, HierarchyGroupId: "hg-1" }),
    );
    expect(group.HierarchyGroup?.Name).toBe("Team A");
    const instance = await connect.send(new DescribeInstanceCommand(ids));
    expect(instance.Instance?.InstanceAccessUrl).toBe("https://alias.my.connect.aws");
    expect(instance.Instance?.CreatedTime).toBeInstanceOf(Date);
    const attrs = await connect.send(
      new GetContactAttributesCommand({ ...ids, InitialContactId: CONTACT_ID }),
    );
    expect(attrs.Attributes).toEqual({ customerId: "42" });
    expect(emulator.calls.map((c) => c.operation)).toEqual([
      "DescribeQueue",
      "DescribeUser",
      "DescribeRoutingProfile",
      "DescribeUserHierarchyGroup",
      "DescribeInstance",
      "GetContactAttributes",
    ]);
  });

  it("accepts the instance ARN in place of its id", async () => {
    const arn = `arn:aws:connect:us-east-1:123456789012:instance/${INSTANCE}`;
    const out = await connect.send(
      new DescribeContactCommand({ InstanceId: arn, ContactId: CONTACT_ID }),
    );
    expect(out.Contact?.Id).toBe(CONTACT_ID);
  });

  it("maps unknown contacts and unknown instances to ResourceNotFoundException", async () => {
    const unknownContact = connect.send(
      new DescribeContactCommand({ InstanceId: INSTANCE, ContactId: "nope" }),
    );
    await expect(unknownContact).rejects.toBeInstanceOf(ResourceNotFoundException);
    await expect(unknownContact).rejects.toMatchObject({
      name: "ResourceNotFoundException",
      $metadata: { httpStatusCode: 404 },
    });
    const unknownInstance = connect.send(
      new DescribeContactCommand({ InstanceId: "other-instance", ContactId: CONTACT_ID }),
    );
    await expect(unknownInstance).rejects.toBeInstanceOf(ResourceNotFoundException);
  });

  it("injects faults that count down, then answers normally", async () => {
    const describe = () =>
      connect.send(new DescribeContactCommand({ InstanceId: INSTANCE, ContactId: CONTACT_ID }));
    emulator.failNext("DescribeContact", { status: 429, type: "ThrottlingException" }, 2);
    emulator.failNext("DescribeContact", { status: 500, type: "InternalServiceException" });
    await expect(describe()).rejects.toBeInstanceOf(ThrottlingException);
    await expect(describe()).rejects.toMatchObject({ name: "ThrottlingException" });
    await expect(describe()).rejects.toBeInstanceOf(InternalServiceException);
    await expect(describe()).resolves.toMatchObject({ Contact: { Id: CONTACT_ID } });
    expect(emulator.count("DescribeContact")).toBe(4);
  });

  it("denies an operation with AccessDeniedException until allowed again", async () => {
    emulator.denyAll("DescribeQueue");
    const denied = connect.send(
      new DescribeQueueCommand({ InstanceId: INSTANCE, QueueId: "queue-1" }),
    );
    await expect(denied).rejects.toBeInstanceOf(AccessDeniedException);
    emulator.allow("DescribeQueue");
    await expect(
      connect.send(new DescribeQueueCommand({ InstanceId: INSTANCE, QueueId: "queue-1" })),
    ).resolves.toMatchObject({ Queue: { QueueId: "queue-1" } });
  });

  it("hangs a request until the SDK gives up (requestTimeout only throws with throwOnRequestTimeout)", async () => {
    const impatient = client(emulator.url, {
      requestHandler: { requestTimeout: 300, throwOnRequestTimeout: true },
    });
    emulator.hangNext("DescribeContact");
    const started = Date.now();
    await expect(
      impatient.send(new DescribeContactCommand({ InstanceId: INSTANCE, ContactId: CONTACT_ID })),
    ).rejects.toMatchObject({ name: "TimeoutError" });
    expect(Date.now() - started).toBeGreaterThanOrEqual(250);
    await expect(
      impatient.send(new DescribeContactCommand({ InstanceId: INSTANCE, ContactId: CONTACT_ID })),
    ).resolves.toMatchObject({ Contact: { Id: CONTACT_ID } });
    impatient.destroy();
  });

  it("applies latency to every answer", async () => {
    emulator.setLatency(200);
    const started = Date.now();
    await connect.send(new DescribeContactCommand({ InstanceId: INSTANCE, ContactId: CONTACT_ID }));
    expect(Date.now() - started).toBeGreaterThanOrEqual(190);
    emulator.setLatency(0);
  });
});

describe("connect emulator rate limit", () => {
  it("throttles requests above the quota and counts them", async () => {
    const emulator = await startConnectEmulator({ rateLimit: { rps: 1, burst: 2 } });
    emulator.putContact(INSTANCE, contact);
    const connect = client(emulator.url);
    const results = await Promise.allSettled(
      Array.from({ length: 5 }, () =>
        connect.send(new DescribeContactCommand({ InstanceId: INSTANCE, ContactId: CONTACT_ID })),
      ),
    );
    const rejected = results.filter((r) => r.status === "rejected");
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(2);
    expect(rejected).toHaveLength(3);
    for (const r of rejected) expect(r.reason).toBeInstanceOf(ThrottlingException);
    expect(emulator.throttled).toBe(3);
    connect.destroy();
    await emulator.stop();
  });
});

describe("connect emulator endpoint from the environment", () => {
  it("is reached through AWS_ENDPOINT_URL_CONNECT", async () => {
    const emulator = await startConnectEmulator();
    emulator.putContact(INSTANCE, contact);
    const saved = process.env.AWS_ENDPOINT_URL_CONNECT;
    process.env.AWS_ENDPOINT_URL_CONNECT = emulator.url;
    try {
      const connect = new ConnectClient({
        region: "us-east-1",
        credentials: { accessKeyId: "test", secretAccessKey: "test" },
      });
      const out = await connect.send(
        new DescribeContactCommand({ InstanceId: INSTANCE, ContactId: CONTACT_ID }),
      );
      expect(out.Contact?.Id).toBe(CONTACT_ID);
      connect.destroy();
    } finally {
      if (saved === undefined) delete process.env.AWS_ENDPOINT_URL_CONNECT;
      else process.env.AWS_ENDPOINT_URL_CONNECT = saved;
      await emulator.stop();
    }
  });
});
