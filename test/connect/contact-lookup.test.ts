import {
  AccessDeniedException,
  DescribeContactCommand,
  DescribeInstanceCommand,
  DescribeQueueCommand,
  DescribeRoutingProfileCommand,
  DescribeUserCommand,
  DescribeUserHierarchyGroupCommand,
  ThrottlingException,
} from "@aws-sdk/client-connect";
import { describe, expect, it } from "vitest";
import {
  ContactNotFoundError,
  ThrottledError,
  UpstreamTimeoutError,
} from "../../src/domain/errors.js";
import { config, contact, contactId, INSTANCE_A, INSTANCE_B, setup } from "./fixtures.js";

const ID = contactId(1);

describe("lookup", () => {
  it("describes the contact and resolves queue, agent and console names", async () => {
    const { service, eu } = setup();
    eu.on(DescribeContactCommand, { InstanceId: INSTANCE_A, ContactId: ID }).resolves({
      Contact: contact(ID),
    });
    const { record, cacheHit } = await service.lookup({ contactId: ID });
    expect(cacheHit).toBe(false);
    expect(record).toEqual({
      instanceId: INSTANCE_A,
      region: "eu-west-2",
      contact: contact(ID),
      queueName: "Billing",
      agent: {
        name: "Jane Doe",
        username: "jdoe",
        routingProfile: "Support",
        hierarchy: ["EMEA", "London", "Team A"],
      },
      consoleBaseUrl: "https://acme.my.connect.aws",
    });
  });

  it("answers a second lookup from the cache, Dates intact, without any SDK call", async () => {
    const { service, eu, us, cacheResults } = setup();
    eu.on(DescribeContactCommand, { ContactId: ID }).resolves({ Contact: contact(ID) });
    const first = await service.lookup({ contactId: ID });
    const callsBefore = eu.calls().length + us.calls().length;
    const second = await service.lookup({ contactId: ID.toUpperCase() });
    expect(eu.calls().length + us.calls().length).toBe(callsBefore);
    expect(second.cacheHit).toBe(true);
    expect(second.record).toEqual(first.record);
    expect(second.record.contact.InitiationTimestamp).toBeInstanceOf(Date);
    expect(cacheResults).toEqual(["miss", "hit"]);
  });

  it("tries each configured instance in order until one has the contact", async () => {
    const { service, eu, us } = setup();
    us.on(DescribeContactCommand, { InstanceId: INSTANCE_B, ContactId: ID }).resolves({
      Contact: contact(ID),
    });
    const { record } = await service.lookup({ contactId: ID });
    expect(record.instanceId).toBe(INSTANCE_B);
    expect(record.region).toBe("us-east-1");
    expect(eu.commandCalls(DescribeContactCommand).map((c) => c.args[0].input)).toEqual([
      { InstanceId: INSTANCE_A, ContactId: ID },
    ]);
    expect(us.commandCalls(DescribeContactCommand)).toHaveLength(1);
  });

  it("asks only the configured instance an ARN names (foreign ones: foreign-instances.test.ts)", async () => {
    const { service, eu, us } = setup();
    us.on(DescribeContactCommand, { InstanceId: INSTANCE_B }).resolves({ Contact: contact(ID) });
    const ref = { contactId: ID, instanceId: INSTANCE_B, region: "us-east-1" };
    expect((await service.lookup(ref)).record.instanceId).toBe(INSTANCE_B);
    expect(eu.commandCalls(DescribeContactCommand)).toHaveLength(0);
    expect(us.commandCalls(DescribeContactCommand)).toHaveLength(1);
  });

  it("uses a configured instance's region when a ref names the instance only", async () => {
    const { service, eu, us } = setup();
    us.on(DescribeContactCommand, { InstanceId: INSTANCE_B }).resolves({ Contact: contact(ID) });
    await service.lookup({ contactId: ID, instanceId: INSTANCE_B });
    expect(us.commandCalls(DescribeContactCommand)).toHaveLength(1);
    expect(eu.commandCalls(DescribeContactCommand)).toHaveLength(0);
  });

  it("caches names: a second contact with the same queue and agent costs one call", async () => {
    const { service, eu } = setup();
    eu.on(DescribeContactCommand).callsFake(async ({ ContactId }) => ({
      Contact: contact(ContactId),
    }));
    await service.lookup({ contactId: contactId(1) });
    await service.lookup({ contactId: contactId(2) });
    expect(eu.commandCalls(DescribeContactCommand)).toHaveLength(2);
    expect(eu.commandCalls(DescribeQueueCommand)).toHaveLength(1);
    expect(eu.commandCalls(DescribeUserCommand)).toHaveLength(1);
    expect(eu.commandCalls(DescribeRoutingProfileCommand)).toHaveLength(1);
    expect(eu.commandCalls(DescribeUserHierarchyGroupCommand)).toHaveLength(1);
    expect(eu.commandCalls(DescribeInstanceCommand)).toHaveLength(1);
  });

  it("leaves out a name it may not read, and does not ask again for a while", async () => {
    const { service, eu, cache } = setup();
    eu.on(DescribeContactCommand).callsFake(async ({ ContactId }) => ({
      Contact: contact(ContactId),
    }));
    eu.on(DescribeUserCommand).rejects(new AccessDeniedException({ message: "no", $metadata: {} }));
    const { record } = await service.lookup({ contactId: contactId(1) });
    expect(record.agent).toBeUndefined();
    expect(record.queueName).toBe("Billing");
    await service.lookup({ contactId: contactId(2) });
    expect(eu.commandCalls(DescribeUserCommand)).toHaveLength(1);
    expect(cache.ttls.get(`user:${INSTANCE_A}:${contact(ID).AgentInfo!.Id}`)).toBe(60);
  });

  it("asks again for a name that failed transiently", async () => {
    const { service, eu } = setup();
    eu.on(DescribeContactCommand).callsFake(async ({ ContactId }) => ({
      Contact: contact(ContactId),
    }));
    eu.on(DescribeQueueCommand)
      .rejectsOnce(new ThrottlingException({ message: "slow down", $metadata: {} }))
      .resolves({ Queue: { Name: "Billing" } });
    expect((await service.lookup({ contactId: contactId(1) })).record.queueName).toBeUndefined();
    expect((await service.lookup({ contactId: contactId(1) })).record.queueName).toBe("Billing");
  });

  it("prefers the configured console URL to DescribeInstance", async () => {
    const consoleUrl = "https://console.example.com";
    const { service, eu } = setup({
      config: { ...config, connect: { ...config.connect, consoleUrl } },
    });
    eu.on(DescribeContactCommand).resolves({ Contact: contact(ID) });
    const { record } = await service.lookup({ contactId: ID });
    expect(record.consoleBaseUrl).toBe(consoleUrl);
    expect(eu.commandCalls(DescribeInstanceCommand)).toHaveLength(0);
  });

  it("caches an ended contact for hours and one in progress for seconds", async () => {
    const { service, eu, cache } = setup();
    const live = contactId(2);
    eu.on(DescribeContactCommand, { ContactId: ID }).resolves({ Contact: contact(ID) });
    eu.on(DescribeContactCommand, { ContactId: live }).resolves({
      Contact: contact(live, { DisconnectTimestamp: undefined }),
    });
    await service.lookup({ contactId: ID });
    await service.lookup({ contactId: live });
    expect(cache.ttls.get(`contact:${INSTANCE_A}:${ID}`)).toBe(config.cache.endedTtlSeconds);
    expect(cache.ttls.get(`contact:${INSTANCE_A}:${live}`)).toBe(config.cache.activeTtlSeconds);
  });

  it("remembers a contact found nowhere, and says where it looked", async () => {
    const { service, eu, us, cache } = setup();
    const error = await service.lookup({ contactId: ID }).catch((err: unknown) => err);
    expect(error).toBeInstanceOf(ContactNotFoundError);
    expect(error).toMatchObject({ contactId: ID, instanceIds: [INSTANCE_A, INSTANCE_B] });
    expect(cache.ttls.get(`notfound:${INSTANCE_A}:${ID}`)).toBe(60);
    await expect(service.lookup({ contactId: ID })).rejects.toBeInstanceOf(ContactNotFoundError);
    expect(eu.commandCalls(DescribeContactCommand)).toHaveLength(1);
    expect(us.commandCalls(DescribeContactCommand)).toHaveLength(1);
  });

  it("reports an error rather than 'not found' when an instance could not be asked", async () => {
    const { service, eu } = setup();
    eu.on(DescribeContactCommand).rejects(new ThrottlingException({ message: "x", $metadata: {} }));
    await expect(service.lookup({ contactId: ID })).rejects.toBeInstanceOf(ThrottledError);
  });

  it("coalesces concurrent lookups of one contact into one DescribeContact", async () => {
    const { service, eu } = setup();
    eu.on(DescribeContactCommand).callsFake(async ({ ContactId }) => {
      await new Promise((r) => setTimeout(r, 20));
      return { Contact: contact(ContactId) };
    });
    const results = await Promise.all(
      Array.from({ length: 20 }, () => service.lookup({ contactId: ID })),
    );
    expect(eu.commandCalls(DescribeContactCommand)).toHaveLength(1);
    expect(new Set(results.map((r) => r.record.contact.Id))).toEqual(new Set([ID]));
  });

  it("makes one DescribeContact per contact in an alert storm (500 lookups, 50 contacts)", async () => {
    const { service, eu } = setup();
    eu.on(DescribeContactCommand).callsFake(async ({ ContactId }) => {
      await new Promise((r) => setTimeout(r, 5));
      return { Contact: contact(ContactId) };
    });
    await Promise.all(
      Array.from({ length: 500 }, (_, i) => service.lookup({ contactId: contactId(i % 50) })),
    );
    expect(eu.commandCalls(DescribeContactCommand)).toHaveLength(50);
    expect(eu.commandCalls(DescribeUserCommand)).toHaveLength(1);
  });

  it("answers within the deadline when Amazon Connect hangs", async () => {
    const { service, eu, calls } = setup({ deadlineMs: 200 });
    // The call never settles: only the deadline can end the lookup (a hang fails the test).
    eu.on(DescribeContactCommand).callsFake(() => new Promise(() => {}));
    await expect(service.lookup({ contactId: ID })).rejects.toBeInstanceOf(UpstreamTimeoutError);
    expect(calls).toContainEqual({ operation: "DescribeContact", outcome: "timeout" });
  });

  it("counts the wait for the rate limiter against the deadline", async () => {
    const slow = { ...config, connect: { ...config.connect, maxRps: 0.01, burst: 1 } };
    const { service, eu } = setup({ config: slow, deadlineMs: 300 });
    eu.on(DescribeContactCommand).callsFake(async ({ ContactId }) => ({
      Contact: contact(ContactId),
    }));
    // The first lookup spends DescribeContact's only token; the second would wait 100 s for one,
    // far past the test's timeout, so only the deadline can end it, without calling Connect.
    await service.lookup({ contactId: contactId(1) });
    await expect(service.lookup({ contactId: contactId(2) })).rejects.toBeInstanceOf(
      UpstreamTimeoutError,
    );
    expect(eu.commandCalls(DescribeContactCommand)).toHaveLength(1);
  });

  it("lets a background caller wait past the interactive deadline for its turn", async () => {
    const slow = { ...config, connect: { ...config.connect, maxRps: 4, burst: 1 } };
    const { service, eu } = setup({ config: slow, deadlineMs: 100, backgroundDeadlineMs: 1000 });
    eu.on(DescribeContactCommand).callsFake(async ({ ContactId }) => ({
      Contact: contact(ContactId),
    }));
    await service.lookup({ contactId: contactId(1) });
    // The next token is 250 ms away: past the 100 ms default, within a 1 s background deadline.
    const { record } = await service.lookup({ contactId: contactId(2) }, { background: true });
    expect(record.contact.Id).toBe(contactId(2));
  });

  it("keeps Contact.Attributes' values out of the record and the cache, counting the allowed", async () => {
    const { service, eu, cache } = setup();
    eu.on(DescribeContactCommand).resolves({
      Contact: contact(ID, { Attributes: { cardNumber: "4111111111111111", orderId: "A-1" } }),
    });
    const { record } = await service.lookup({ contactId: ID });
    expect(record.contact.Attributes).toBeUndefined();
    expect(record.attributeCount).toBe(1);
    const stored = await cache.get(`contact:${INSTANCE_A}:${ID}`);
    expect(stored).not.toContain("4111111111111111");
    expect(stored).not.toContain("A-1");
  });

  it("reads chain legs through the lookup it is given (so each is audited)", async () => {
    const { service, eu } = setup();
    const previous = contactId(2);
    eu.on(DescribeContactCommand, { ContactId: ID }).resolves({
      Contact: contact(ID, { PreviousContactId: previous }),
    });
    eu.on(DescribeContactCommand, { ContactId: previous }).resolves({
      Contact: contact(previous, { InitiationTimestamp: new Date("2025-03-01T09:00:00Z") }),
    });
    const { record } = await service.lookup({ contactId: ID });
    const seen: string[] = [];
    const legs = await service.chain(record, (ref) => {
      seen.push(ref.contactId);
      return service.lookup(ref);
    });
    expect(legs.map((leg) => leg.contactId)).toEqual([previous, ID]);
    expect(seen).toContain(previous);
  });
});
