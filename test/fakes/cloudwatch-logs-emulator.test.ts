import {
  AccessDeniedException,
  CloudWatchLogsClient,
  FilterLogEventsCommand,
  ResourceNotFoundException,
  ThrottlingException,
} from "@aws-sdk/client-cloudwatch-logs";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { type LogsEmulator, startLogsEmulator } from "../support/cloudwatch-logs-emulator.js";
import { emulatorClientConfig } from "../support/emulator-client-config.js";

const GROUP = "/aws/connect/acme";
const entry = (contactId: string, n: number) => ({
  timestamp: 1000 + n,
  message: JSON.stringify({ ContactId: contactId, n }),
});

describe("CloudWatch Logs emulator with the real CloudWatchLogsClient", () => {
  let emulator: LogsEmulator;
  let client: CloudWatchLogsClient;

  beforeAll(async () => {
    emulator = await startLogsEmulator();
    emulator.putEvents(
      GROUP,
      [1, 2, 3, 4, 5, 6].map((n) => entry(n % 2 ? "a" : "b", n)),
    );
    client = new CloudWatchLogsClient(emulatorClientConfig(emulator.url));
  });
  beforeEach(() => emulator.reset());
  afterAll(async () => {
    client.destroy();
    await emulator.stop();
  });

  const filter = (nextToken?: string) =>
    client.send(
      new FilterLogEventsCommand({
        logGroupName: GROUP,
        filterPattern: '{ $.ContactId = "a" }',
        ...(nextToken && { nextToken }),
      }),
    );

  it("pages through the filter's matches, empty pages included", async () => {
    emulator.setScanSize(2);
    emulator.setLeadingEmptyPages(1);
    const seen: number[] = [];
    const sizes: number[] = [];
    let token: string | undefined;
    do {
      const page = await filter(token);
      sizes.push(page.events?.length ?? 0);
      for (const e of page.events ?? []) seen.push(JSON.parse(e.message ?? "{}").n);
      token = page.nextToken;
    } while (token);
    expect(seen).toEqual([1, 3, 5]);
    expect(sizes[0]).toBe(0);
    expect(emulator.count()).toBe(sizes.length);
    expect(emulator.calls[0]).toMatchObject({ operation: "FilterLogEvents", logGroup: GROUP });
  });

  it("leaks other contacts' events when asked to, as a sloppy filter would", async () => {
    emulator.setScanSize(10);
    emulator.setLeakOtherContacts(true);
    expect((await filter()).events).toHaveLength(6);
  });

  it("answers missing groups, denial and throttling with their __type", async () => {
    await expect(
      client.send(new FilterLogEventsCommand({ logGroupName: "/aws/connect/none" })),
    ).rejects.toBeInstanceOf(ResourceNotFoundException);
    emulator.failNext({ status: 400, type: "ThrottlingException", message: "Rate exceeded" });
    await expect(filter()).rejects.toBeInstanceOf(ThrottlingException);
    emulator.denyAll();
    await expect(filter()).rejects.toBeInstanceOf(AccessDeniedException);
  });
});
