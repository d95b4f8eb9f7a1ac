import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import type { createConnectClients } from "../../src/connect/connect-clients.js";
import { createNameResolver } from "../../src/connect/name-resolver.js";
import type { ContactRecord } from "../../src/domain/contact-record.js";
import { AccessDeniedError } from "../../src/domain/errors.js";
import { createLimitedApi } from "../../src/infra/limited-api.js";
import { createSharedFlight } from "../../src/infra/shared-flight.js";
import { createEvaluations } from "../../src/quality/evaluations.js";
import { recordingCache, config as testConfig } from "../connect/fixtures.js";
import { emulatorConnectClients } from "../fakes/connect-fixtures.js";
import { AGENTS, INSTANCE_ID, VOICE_INBOUND } from "../fixtures/contacts.js";
import {
  AUTOMATED_EVALUATION,
  EVALUATED_CONTACT_ID,
  EVALUATION_IDS,
  MANUAL_EVALUATION,
} from "../fixtures/evaluations.js";
import { type ConnectEmulator, startConnectEmulator } from "../support/connect-emulator.js";

/** The service over the real SDK against the Connect emulator, evaluators named like agents. */
let emulator: ConnectEmulator;
let clients: ReturnType<typeof createConnectClients>;

const record: ContactRecord = {
  instanceId: INSTANCE_ID,
  region: "us-east-1",
  contact: VOICE_INBOUND,
};

function service(cache = recordingCache()) {
  const api = createLimitedApi({ ratePerSecond: 100, burst: 100 });
  const users = createNameResolver({
    api,
    cache,
    flight: createSharedFlight({}),
    ttlSeconds: 3600,
    missingTtlSeconds: 60,
  });
  const evaluations = createEvaluations({
    api,
    clients,
    cache,
    config: testConfig,
    async userName(r, userId, deadline) {
      const user = await users.user(clients.forRegion(r.region), r.instanceId, userId, deadline);
      return user?.name ?? user?.username;
    },
  });
  return { evaluations, cache };
}

beforeAll(async () => {
  emulator = await startConnectEmulator();
  for (const agent of [AGENTS.bob, AGENTS.ahmed]) {
    emulator.putUser(INSTANCE_ID, {
      Id: agent.id,
      Arn: agent.arn,
      Username: agent.username,
      IdentityInfo: { FirstName: agent.firstName, LastName: agent.lastName },
    });
  }
  emulator.putEvaluation(INSTANCE_ID, AUTOMATED_EVALUATION);
  emulator.putEvaluation(INSTANCE_ID, MANUAL_EVALUATION);
  clients = emulatorConnectClients(emulator.url, [
    { instanceId: INSTANCE_ID, region: "us-east-1" },
  ]);
});

afterAll(async () => {
  clients.destroy();
  await emulator.stop();
});

beforeEach(() => emulator.reset());

describe("contact evaluations over the wire", () => {
  it("reads every page and describes each evaluation, newest first, evaluators by name", async () => {
    const { evaluations } = service();
    const read = await evaluations.read(record);
    expect(emulator.count("ListContactEvaluations")).toBe(2);
    const lists = emulator.calls.filter((c) => c.operation === "ListContactEvaluations");
    expect(lists.map((c) => c.input?.contactId)).toEqual([
      EVALUATED_CONTACT_ID,
      EVALUATED_CONTACT_ID,
    ]);
    expect(emulator.count("DescribeContactEvaluation")).toBe(2);
    expect(read.total).toBe(2);
    expect(read.detailsMissing).toBeUndefined();
    const [manual, automated] = read.items;
    expect(manual).toMatchObject({
      id: EVALUATION_IDS.manual,
      formTitle: "Customer service standard",
      status: "SUBMITTED",
      score: { percentage: 0, automaticFail: true },
      evaluator: "Bob Smith",
    });
    expect(manual?.sections).toEqual([
      { title: "Greeting", level: 0, score: { percentage: 100 } },
      { title: "Resolution", level: 0, score: { percentage: 50 } },
      { title: "Follow-up", level: 1, score: { percentage: 0 } },
      { title: "Compliance", level: 0, score: { percentage: 0, automaticFail: true } },
    ]);
    expect(manual?.notes).toContainEqual({
      on: "Greeted the customer by name?",
      text: "Warm greeting, used the customer's name.",
    });
    expect(manual?.notes.find((n) => n.on === "Compliance")?.text).toContain("+1 555 010 0123");
    expect(automated).toMatchObject({
      formTitle: "Sales QA (automated)",
      status: "DRAFT",
      automated: true,
      autoStatus: "SUCCEEDED",
      score: { percentage: 87.5 },
      evaluator: "Ahmed Khan",
    });
  });

  it("caches what it read: a second read makes no call; a draft is kept only briefly", async () => {
    const { evaluations, cache } = service();
    expect(await evaluations.cached(record)).toBeUndefined();
    const first = await evaluations.read(record);
    const calls = emulator.count();
    expect(await evaluations.read(record)).toEqual(first);
    expect(await evaluations.cached(record)).toEqual(first);
    expect(emulator.count()).toBe(calls);
    const key = `evaluations:${INSTANCE_ID}:${EVALUATED_CONTACT_ID}`;
    expect(cache.ttls.get(key)).toBe(testConfig.cache.activeTtlSeconds);
  });

  it("names connect:ListContactEvaluations when it is denied", async () => {
    emulator.denyAll("ListContactEvaluations");
    const failure = await service()
      .evaluations.read(record)
      .catch((e: unknown) => e);
    expect(failure).toBeInstanceOf(AccessDeniedError);
    expect((failure as AccessDeniedError).action).toBe("connect:ListContactEvaluations");
  });

  it("keeps the summaries when DescribeContactEvaluation is denied, and says so", async () => {
    emulator.denyAll("DescribeContactEvaluation");
    const read = await service().evaluations.read(record);
    expect(read.detailsMissing).toBe("denied");
    expect(read.items.map((item) => item.formTitle)).toEqual([
      "Customer service standard",
      "Sales QA (automated)",
    ]);
    expect(read.items[0]).toMatchObject({ evaluator: "Bob Smith", sections: [], notes: [] });
  });

  it("answers an empty list for a contact nobody evaluated", async () => {
    const other = {
      ...record,
      contact: { ...VOICE_INBOUND, Id: "5ea4c000-0000-4000-8000-000000000999" },
    };
    expect(await service().evaluations.read(other)).toEqual({ items: [], total: 0 });
  });
});
