import type { Contact } from "@aws-sdk/client-connect";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { createMemoryCache } from "../../src/cache/memory-cache.js";
import type { createConnectClients } from "../../src/connect/connect-clients.js";
import { AccessDeniedError, ThrottledError } from "../../src/domain/errors.js";
import { DEFAULT_FINDING_THRESHOLDS } from "../../src/domain/findings/finding.js";
import { SearchExpiredError } from "../../src/domain/request-errors.js";
import type { SearchQuery } from "../../src/domain/search/search-query.js";
import { createLimitedCall } from "../../src/infra/limited-call.js";
import { createRateLimiters } from "../../src/infra/rate-limiter.js";
import { createContactSearch } from "../../src/search/contact-search.js";
import { createNameDirectory } from "../../src/search/name-directory.js";
import { emulatorConnectClients } from "../fakes/connect-fixtures.js";
import { type ConnectEmulator, startConnectEmulator } from "../support/connect-emulator.js";

/** The search service with the real SDK against the emulator: two instances, many pages. */
const A = "aaaaaaaa-0000-4000-8000-000000000000";
const B = "bbbbbbbb-0000-4000-8000-000000000000";
const NOW = Date.now();
const id = (instance: string, n: number) =>
  `${instance.slice(0, 8)}-0000-4000-8000-${String(n).padStart(12, "0")}`;

function contact(instance: string, n: number, minutesAgo: number, abandoned: boolean): Contact {
  const at = (m: number) => new Date(NOW - m * 60_000);
  return {
    Id: id(instance, n),
    Channel: "VOICE",
    InitiationMethod: "INBOUND",
    InitiationTimestamp: at(minutesAgo),
    QueueInfo: { Id: "q1", EnqueueTimestamp: at(minutesAgo) },
    ...(abandoned
      ? {}
      : { AgentInfo: { Id: "u1", ConnectedToAgentTimestamp: at(minutesAgo - 0.1) } }),
    DisconnectTimestamp: at(minutesAgo - 0.2),
  };
}

let emulator: ConnectEmulator;
let clients: ReturnType<typeof createConnectClients>;

beforeAll(async () => {
  emulator = await startConnectEmulator();
  // A: 150 contacts, 18 s apart, every 20th abandoned; B: 5 contacts between A's first ones.
  for (let n = 0; n < 150; n++) emulator.putContact(A, contact(A, n, n * 0.3, n % 20 === 0));
  for (let n = 0; n < 5; n++) emulator.putContact(B, contact(B, n, n * 0.3 + 0.15, false));
  for (const instance of [A, B]) emulator.putQueue(instance, { QueueId: "q1", Name: "Billing" });
  emulator.putUser(A, { Id: "u1", Username: "jdoe" });
  clients = emulatorConnectClients(
    emulator.url,
    [A, B].map((instanceId) => ({ instanceId, region: "us-east-1" })),
  );
});
afterAll(async () => {
  clients.destroy();
  await emulator.stop();
});
beforeEach(() => emulator.reset());

function search(instances = [A, B]) {
  const cache = createMemoryCache();
  const connect = {
    instances: instances.map((instanceId) => ({ instanceId, region: "us-east-1" })),
    region: "us-east-1",
    maxRps: 100,
    burst: 100,
    timeoutMs: 1000,
  };
  const api = createLimitedCall({
    limiterFor: createRateLimiters({ ratePerSecond: 100, burst: 100 }),
  });
  const directory = createNameDirectory({ api, clients, cache, ttlSeconds: 60 });
  return createContactSearch({
    api,
    clients,
    cache,
    directory,
    config: { connect, findings: { ...DEFAULT_FINDING_THRESHOLDS, queueWaitSeconds: 60 } },
  });
}

const query = (fields: Partial<SearchQuery> = {}): SearchQuery => ({
  channels: [],
  methods: [],
  attributes: [],
  outcomes: [],
  startMs: NOW - 3600_000,
  endMs: NOW,
  time: { last: 3600 },
  ...fields,
});

describe("contact search over the wire", () => {
  it("merges the instances by time, newest first, and counts both", async () => {
    const page = await search().start(query());
    expect(page.found).toBe(155);
    expect(page.contacts.map((c) => c.id).slice(0, 4)).toEqual([
      id(A, 0),
      id(B, 0),
      id(A, 1),
      id(B, 1),
    ]);
    expect(page.contacts).toHaveLength(10);
    expect(page.moreKey).toMatch(/^[0-9a-f]{16}$/);
  });

  it("reads several Connect pages to fill ten lines with outcome words, then More goes on", async () => {
    const service = search([A]);
    const page = await service.start(query({ queue: "billing", outcomes: ["abandoned"] }));
    expect(page.contacts.map((c) => c.id)).toEqual(
      [0, 20, 40, 60, 80, 100, 120, 140].map((n) => id(A, n)),
    );
    expect(page.found).toBe(8);
    expect(page.foundAtLeast).toBe(false);
    expect(emulator.count("SearchContacts")).toBe(2);
    expect(page.moreKey).toBeUndefined();
  });

  it("fetches pages only as needed", async () => {
    const service = search([A]);
    const first = await service.start(query());
    expect(emulator.count("SearchContacts")).toBe(1);
    const more = await service.more(first.moreKey ?? "");
    expect(more.contacts[0]?.id).toBe(id(A, 10));
    expect(emulator.count("SearchContacts")).toBe(1);
    await expect(service.more("ffffffffffffffff")).rejects.toBeInstanceOf(SearchExpiredError);
  });

  it("throws throttling and access denied as BotErrors", async () => {
    emulator.failNext("SearchContacts", { status: 429, type: "ThrottlingException" }, 10);
    await expect(search([A]).start(query())).rejects.toBeInstanceOf(ThrottledError);
    emulator.reset();
    emulator.denyAll("SearchContacts");
    await expect(search([A]).start(query())).rejects.toBeInstanceOf(AccessDeniedError);
  });

  it("falls back to SearchQueues and ListUsers when ListQueues and SearchUsers are denied", async () => {
    emulator.denyAll("ListQueues");
    emulator.denyAll("SearchUsers");
    const page = await search([A]).start(query({ queue: "Billing", agent: "JDOE" }));
    expect([page.cursor.queueName, page.cursor.agentName]).toEqual(["Billing", "jdoe"]);
    expect([emulator.count("SearchQueues"), emulator.count("ListUsers")]).toEqual([1, 1]);
    expect(page.found).toBe(142);
  });
});
