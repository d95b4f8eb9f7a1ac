import { CloudWatchLogsClient, FilterLogEventsCommand } from "@aws-sdk/client-cloudwatch-logs";
import {
  ConnectClient,
  DescribeContactFlowCommand,
  DescribeInstanceCommand,
} from "@aws-sdk/client-connect";
import { mockClient } from "aws-sdk-client-mock";
import { beforeEach, describe, expect, it } from "vitest";
import type { Cache } from "../../src/cache/cache.js";
import { createMemoryCache } from "../../src/cache/memory-cache.js";
import { FlowLogGroupNotFoundError } from "../../src/domain/errors.js";
import { createLimitedApi } from "../../src/infra/limited-api.js";
import { createFlowPaths } from "../../src/logs/flow-paths.js";
import { config } from "../connect/fixtures.js";
import { CONTACT_IDS, IN_PROGRESS, recordOf, VOICE_INBOUND } from "../fixtures/contacts.js";
import { flowLogEvents, QUEUE_FLOW } from "../fixtures/flow-logs.js";

const logs = mockClient(CloudWatchLogsClient);
const connect = mockClient(ConnectClient);
const logsClient = new CloudWatchLogsClient({ region: "us-east-1" });
const connectClient = new ConnectClient({ region: "us-east-1" });

/** The cache's set calls, to see what was kept and for how long. */
function recording(cache: Cache): { cache: Cache; ttls: Map<string, number> } {
  const ttls = new Map<string, number>();
  return {
    ttls,
    cache: {
      ...cache,
      set: async (key, value, ttl) => {
        ttls.set(key, ttl);
        await cache.set(key, value, ttl);
      },
    },
  };
}

function service(logGroup?: string) {
  const { cache, ttls } = recording(createMemoryCache());
  const api = createLimitedApi({ ratePerSecond: 1000, burst: 1000 });
  const paths = createFlowPaths({
    logs: {
      forRegion: async () => logsClient,
      sdk: async () => import("@aws-sdk/client-cloudwatch-logs"),
    },
    connect: { forRegion: () => connectClient },
    logsApi: api,
    connectApi: api,
    cache,
    config: { ...config, flowLogs: { logGroup, maxRps: 5 } },
  });
  return { paths, ttls };
}

beforeEach(() => {
  logs.reset();
  connect.reset();
  connect.on(DescribeInstanceCommand).resolves({ Instance: { InstanceAlias: "acme" } });
  connect.on(DescribeContactFlowCommand).resolves({ ContactFlow: { Name: QUEUE_FLOW.name } });
  logs.on(FilterLogEventsCommand).resolves({ events: flowLogEvents() });
});

describe("createFlowPaths", () => {
  it("reads /aws/connect/<alias> over the contact's window, names unnamed flows, caches it", async () => {
    const { paths, ttls } = service();
    const record = recordOf(VOICE_INBOUND);
    const path = await paths.read(record);
    const input = logs.commandCalls(FilterLogEventsCommand)[0]!.args[0].input;
    expect(input.logGroupName).toBe("/aws/connect/acme");
    expect(input.filterPattern).toBe(`{ $.ContactId = "${CONTACT_IDS.voiceInbound}" }`);
    const start = VOICE_INBOUND.InitiationTimestamp!.getTime();
    const end = VOICE_INBOUND.DisconnectTimestamp!.getTime();
    expect(input).toMatchObject({ startTime: start - 60_000, endTime: end + 300_000 });
    expect(path.steps).toHaveLength(11);
    expect(path.names[QUEUE_FLOW.arn]).toBe(QUEUE_FLOW.name);
    expect(ttls.get(`flowpath:${record.instanceId}:${CONTACT_IDS.voiceInbound}`)).toBe(21_600);
    await paths.read(record);
    expect(logs.commandCalls(FilterLogEventsCommand)).toHaveLength(1);
    expect(await paths.cached(record)).toEqual(path);
  });

  it("keeps an in-progress contact's path briefly, and never calls AWS for cached()", async () => {
    const { paths, ttls } = service("/custom/group");
    const record = recordOf(IN_PROGRESS);
    expect(await paths.cached(record)).toBeUndefined();
    expect(logs.calls()).toHaveLength(0);
    await paths.read(record);
    expect(connect.commandCalls(DescribeInstanceCommand)).toHaveLength(0);
    expect(ttls.get(`flowpath:${record.instanceId}:${CONTACT_IDS.inProgress}`)).toBe(15);
  });

  it("follows nextToken and says the group is missing when the alias is unknown", async () => {
    logs
      .on(FilterLogEventsCommand)
      .resolvesOnce({ events: [], nextToken: "t1" })
      .resolvesOnce({ events: flowLogEvents().slice(0, 3), nextToken: "t2" })
      .resolves({ events: [] });
    const { paths } = service();
    expect((await paths.read(recordOf(VOICE_INBOUND))).steps.length).toBeGreaterThan(0);
    expect(logs.commandCalls(FilterLogEventsCommand).map((c) => c.args[0].input.nextToken)).toEqual(
      [undefined, "t1", "t2"],
    );
    connect.on(DescribeInstanceCommand).resolves({ Instance: {} });
    await expect(service().paths.read(recordOf(VOICE_INBOUND))).rejects.toBeInstanceOf(
      FlowLogGroupNotFoundError,
    );
  });
});
