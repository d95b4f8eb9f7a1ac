import { ConnectClient, DescribeContactCommand } from "@aws-sdk/client-connect";
import { mockClient } from "aws-sdk-client-mock";
import { afterEach, describe, expect, it } from "vitest";
import { createMemoryCache } from "../../src/cache/memory-cache.js";
import { createConnectClients } from "../../src/connect/connect-clients.js";
import type { ContactRef } from "../../src/connect/contact-ref.js";
import { createContactService } from "../../src/connect/contact-service.js";
import { createContactStore } from "../../src/connect/contact-store.js";
import { ForeignInstanceError } from "../../src/domain/errors.js";
import { createLogsClients } from "../../src/logs/logs-clients.js";
import { createCursorStore } from "../../src/search/search-cursor.js";
import { config, contact, contactId, INSTANCE_A, INSTANCE_B, stubNames } from "./fixtures.js";

/** Only the configured instances (A in eu-west-2, B in us-east-1), each in its own region. */
const FOREIGN = "ffffffff-0000-4000-8000-0000000000ff";
const ID = contactId(1);
const connectMock = mockClient(ConnectClient);
afterEach(() => connectMock.reset());

/** The contact service over the bot's own regional clients, recording each client it builds. */
function service() {
  stubNames(connectMock);
  connectMock.on(DescribeContactCommand).resolves({ Contact: contact(ID) });
  const built: string[] = [];
  const clients = createConnectClients({
    timeoutMs: 1000,
    instances: config.connect.instances,
    factory: (region, clientConfig) => {
      built.push(region);
      return new ConnectClient(clientConfig);
    },
  });
  const cache = createMemoryCache();
  return { built, cache, clients, contacts: createContactService({ clients, cache, config }) };
}

const calls = () => connectMock.calls().length;

describe("only the configured instances", () => {
  it("showing 2,000 made-up regions creates no SDK client and makes no call", async () => {
    const { built, contacts, clients } = service();
    // Distinct contacts: one ref's lookup must not stand in for another's.
    const refs: ContactRef[] = Array.from({ length: 2000 }, (_, n) => ({
      contactId: contactId(n + 1),
      instanceId: n % 2 === 0 ? INSTANCE_A : FOREIGN,
      region: `xx-made-up-${n}`,
    }));
    const outcomes = await Promise.all(refs.map((ref) => contacts.lookup(ref).catch((e) => e)));
    expect(built).toEqual([]);
    expect(calls()).toBe(0);
    expect(outcomes.filter((o) => !(o instanceof ForeignInstanceError))).toEqual([]);
    clients.destroy();
  });

  it("refuses a foreign instance in a configured region, and a configured one named elsewhere", async () => {
    const { built, contacts } = service();
    const refused = [
      { contactId: ID, instanceId: FOREIGN, region: "eu-west-2" },
      { contactId: ID, instanceId: FOREIGN },
      { contactId: ID, instanceId: INSTANCE_A, region: "us-east-1" },
    ];
    for (const ref of refused) {
      await expect(contacts.lookup(ref)).rejects.toBeInstanceOf(ForeignInstanceError);
    }
    await expect(contacts.attributes(FOREIGN, ID)).rejects.toBeInstanceOf(ForeignInstanceError);
    expect(calls()).toBe(0);
    expect(built).toEqual([]);
  });

  it("asks a configured instance in its configured region whatever case the ARN used", async () => {
    const { built, contacts } = service();
    const ref = { contactId: ID, instanceId: INSTANCE_B.toUpperCase(), region: "US-EAST-1" };
    const { record } = await contacts.lookup(ref);
    expect(record).toMatchObject({ instanceId: INSTANCE_B, region: "us-east-1" });
    expect(built).toEqual(["us-east-1"]);
  });

  it("reads a cached contact in its configured region, not the region the cache names", async () => {
    const { built, cache, contacts } = service();
    const store = createContactStore(cache, config.cache);
    await store.write({ instanceId: INSTANCE_A, region: "xx-made-up-1" }, ID, contact(ID));
    const { record, cacheHit } = await contacts.lookup({ contactId: ID });
    expect(cacheHit).toBe(true);
    expect(record.region).toBe("eu-west-2");
    expect(built).toEqual(["eu-west-2"]);
  });

  it("builds Connect and CloudWatch Logs clients for the configured regions only", async () => {
    const connect = createConnectClients({ timeoutMs: 1000, instances: config.connect.instances });
    expect(() => connect.forRegion("xx-made-up-1")).toThrow(ForeignInstanceError);
    expect(connect.forRegion("eu-west-2")).toBe(connect.forRegion("eu-west-2"));
    connect.destroy();
    const logs = createLogsClients({ timeoutMs: 1000, instances: config.connect.instances });
    await expect(logs.forRegion("xx-made-up-1")).rejects.toThrow(ForeignInstanceError);
    expect(await logs.forRegion("eu-west-2")).toBe(await logs.forRegion("eu-west-2"));
    logs.destroy();
  });

  it("goes on with a saved search only in the instances still configured, in their regions", async () => {
    const cursors = createCursorStore(createMemoryCache(), config.connect);
    const at = { buffer: [], done: false };
    const query = { channels: [], methods: [], attributes: [], outcomes: [], startMs: 0, endMs: 1 };
    const key = await cursors.save({
      query: { ...query, time: { last: 1 } },
      matched: 0,
      shown: 0,
      instances: [
        { ...at, instanceId: FOREIGN, region: "eu-west-2" },
        { ...at, instanceId: INSTANCE_A, region: "xx-made-up-1" },
      ],
    });
    const cursor = await cursors.read(key);
    expect(cursor?.instances).toEqual([{ ...at, instanceId: INSTANCE_A, region: "eu-west-2" }]);
  });
});
