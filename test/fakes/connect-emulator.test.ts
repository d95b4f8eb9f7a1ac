import {
  ConnectClient,
  DescribeContactCommand,
  DescribeInstanceCommand,
  DescribeQueueCommand,
  DescribeRoutingProfileCommand,
  DescribeUserCommand,
  DescribeUserHierarchyGroupCommand,
  GetContactAttributesCommand,
  ResourceNotFoundException,
} from "@aws-sdk/client-connect";
import { afterEach, describe, expect, it } from "vitest";
import { startConnectEmulator } from "../support/connect-emulator.js";
import { CONTACT_ID, contact, emulatedConnect, INSTANCE } from "./connect-fixtures.js";

describe("connect emulator with the real ConnectClient", () => {
  const env = emulatedConnect((emulator) => {
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
  afterEach(() => env.emulator.reset());

  it("round-trips a contact with nested dates, signed with SigV4", async () => {
    const out = await env.connect.send(
      new DescribeContactCommand({ InstanceId: INSTANCE, ContactId: CONTACT_ID }),
    );
    expect(out.Contact).toEqual(contact);
    expect(out.Contact?.QueueInfo?.EnqueueTimestamp).toBeInstanceOf(Date);
    expect(env.emulator.calls).toEqual([
      expect.objectContaining({
        operation: "DescribeContact",
        path: `/contacts/${INSTANCE}/${CONTACT_ID}`,
        signed: true,
      }),
    ]);
  });

  it("answers every Describe* operation and GetContactAttributes", async () => {
    const ids = { InstanceId: INSTANCE };
    const queue = await env.connect.send(new DescribeQueueCommand({ ...ids, QueueId: "queue-1" }));
    expect(queue.Queue?.Name).toBe("Support");
    const user = await env.connect.send(new DescribeUserCommand({ ...ids, UserId: "agent-1" }));
    expect(user.User?.IdentityInfo?.FirstName).toBe("Jane");
    const rp = await env.connect.send(
      new DescribeRoutingProfileCommand({ ...ids, RoutingProfileId: "rp-1" }),
    );
    expect(rp.RoutingProfile?.Name).toBe("Basic");
    const group = await env.connect.send(
      new DescribeUserHierarchyGroupCommand({ ...ids, HierarchyGroupId: "hg-1" }),
    );
    expect(group.HierarchyGroup?.Name).toBe("Team A");
    const instance = await env.connect.send(new DescribeInstanceCommand(ids));
    expect(instance.Instance?.InstanceAccessUrl).toBe("https://alias.my.connect.aws");
    expect(instance.Instance?.CreatedTime).toBeInstanceOf(Date);
    const attrs = await env.connect.send(
      new GetContactAttributesCommand({ ...ids, InitialContactId: CONTACT_ID }),
    );
    expect(attrs.Attributes).toEqual({ customerId: "42" });
    expect(env.emulator.calls.map((c) => c.operation)).toEqual([
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
    const out = await env.connect.send(
      new DescribeContactCommand({ InstanceId: arn, ContactId: CONTACT_ID }),
    );
    expect(out.Contact?.Id).toBe(CONTACT_ID);
  });

  it("maps unknown contacts and unknown instances to ResourceNotFoundException", async () => {
    const unknownContact = env.connect.send(
      new DescribeContactCommand({ InstanceId: INSTANCE, ContactId: "nope" }),
    );
    await expect(unknownContact).rejects.toBeInstanceOf(ResourceNotFoundException);
    await expect(unknownContact).rejects.toMatchObject({
      name: "ResourceNotFoundException",
      $metadata: { httpStatusCode: 404 },
    });
    const unknownInstance = env.connect.send(
      new DescribeContactCommand({ InstanceId: "other-instance", ContactId: CONTACT_ID }),
    );
    await expect(unknownInstance).rejects.toBeInstanceOf(ResourceNotFoundException);
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
