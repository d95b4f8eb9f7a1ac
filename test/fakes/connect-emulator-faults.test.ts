import {
  AccessDeniedException,
  DescribeContactCommand,
  DescribeQueueCommand,
  InternalServiceException,
  ThrottlingException,
} from "@aws-sdk/client-connect";
import { afterEach, describe, expect, it } from "vitest";
import { startConnectEmulator } from "../support/connect-emulator.js";
import {
  CONTACT_ID,
  connectClient,
  contact,
  emulatedConnect,
  INSTANCE,
} from "./connect-fixtures.js";

describe("connect emulator faults, seen by the real ConnectClient", () => {
  const env = emulatedConnect((emulator) => {
    emulator.putContact(INSTANCE, contact);
    emulator.putQueue(INSTANCE, { QueueId: "queue-1", Name: "Support" });
  });
  afterEach(() => env.emulator.reset());

  it("injects faults that count down, then answers normally", async () => {
    const describeContact = () =>
      env.connect.send(new DescribeContactCommand({ InstanceId: INSTANCE, ContactId: CONTACT_ID }));
    env.emulator.failNext("DescribeContact", { status: 429, type: "ThrottlingException" }, 2);
    env.emulator.failNext("DescribeContact", { status: 500, type: "InternalServiceException" });
    await expect(describeContact()).rejects.toBeInstanceOf(ThrottlingException);
    await expect(describeContact()).rejects.toMatchObject({ name: "ThrottlingException" });
    await expect(describeContact()).rejects.toBeInstanceOf(InternalServiceException);
    await expect(describeContact()).resolves.toMatchObject({ Contact: { Id: CONTACT_ID } });
    expect(env.emulator.count("DescribeContact")).toBe(4);
  });

  it("denies an operation with AccessDeniedException until allowed again", async () => {
    env.emulator.denyAll("DescribeQueue");
    const denied = env.connect.send(
      new DescribeQueueCommand({ InstanceId: INSTANCE, QueueId: "queue-1" }),
    );
    await expect(denied).rejects.toBeInstanceOf(AccessDeniedException);
    env.emulator.allow("DescribeQueue");
    await expect(
      env.connect.send(new DescribeQueueCommand({ InstanceId: INSTANCE, QueueId: "queue-1" })),
    ).resolves.toMatchObject({ Queue: { QueueId: "queue-1" } });
  });

  it("hangs a request until the SDK gives up (requestTimeout only throws with throwOnRequestTimeout)", async () => {
    const impatient = connectClient(env.emulator.url, {
      requestHandler: { requestTimeout: 300, throwOnRequestTimeout: true },
    });
    env.emulator.hangNext("DescribeContact");
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
    env.emulator.setLatency(200);
    const started = Date.now();
    await env.connect.send(
      new DescribeContactCommand({ InstanceId: INSTANCE, ContactId: CONTACT_ID }),
    );
    expect(Date.now() - started).toBeGreaterThanOrEqual(190);
    env.emulator.setLatency(0);
  });
});

describe("connect emulator rate limit", () => {
  it("throttles requests above the quota and counts them", async () => {
    const emulator = await startConnectEmulator({ rateLimit: { rps: 1, burst: 2 } });
    emulator.putContact(INSTANCE, contact);
    const connect = connectClient(emulator.url);
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
