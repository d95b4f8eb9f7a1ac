import type { ConnectClient } from "@aws-sdk/client-connect";
import type { Cache } from "../cache/cache.js";
import { encodeJson } from "../cache/json-codec.js";
import type { Config } from "../config/config.js";
import { createDeniedName } from "../connect/attribute-filter.js";
import type { ContactRecord } from "../domain/contact-record.js";
import { FlowLogGroupNotFoundError } from "../domain/errors.js";
import type { FlowPath } from "../domain/flow-path.js";
import { toDate } from "../domain/to-date.js";
import { startDeadline } from "../infra/deadline.js";
import type { LimitedCall } from "../infra/limited-call.js";
import { readCachedJson } from "../infra/read-cached-json.js";
import { createSingleFlight } from "../infra/single-flight.js";
import { parseFlowLogEvents } from "./flow-log-parser.js";
import { createFlowLogReader } from "./flow-log-reader.js";
import { createFlowNames } from "./flow-names.js";
import type { LogsClients } from "./logs-clients.js";

/** The contact's path through the flows, from its flow logs in CloudWatch Logs. */
export interface FlowPaths {
  /**
   * From the cache, else one FilterLogEvents scan (an incomplete cached path is read on from where
   * it stopped). Throws FlowLogGroupNotFoundError or AccessDeniedError; throttled or slow scans
   * resolve with `incomplete` set.
   */
  read(record: ContactRecord): Promise<FlowPath>;
  /** The cached path only, never a call: for the findings and the timeline. */
  cached(record: ContactRecord): Promise<FlowPath | undefined>;
}

/** A person is waiting; a long path is cut at what was read by then (see FlowPath.incomplete). */
export const FLOW_DEADLINE_MS = 4000;
const BEFORE_MS = 60_000;
const AFTER_MS = 5 * 60_000;

const keyOf = (record: ContactRecord) =>
  `flowpath:${record.instanceId}:${(record.contact.Id ?? "").toLowerCase()}`;

export function createFlowPaths(deps: {
  logs: Pick<LogsClients, "forRegion" | "sdk">;
  connect: { forRegion(region: string): ConnectClient };
  logsApi: LimitedCall;
  connectApi: LimitedCall;
  cache: Cache;
  config: Pick<Config, "flowLogs" | "cache" | "attributeDenylist">;
  deadlineMs?: number;
  now?: () => number;
}): FlowPaths {
  const { cache, config } = deps;
  const ttl = config.cache;
  const now = deps.now ?? Date.now;
  const readLogs = createFlowLogReader(deps.logsApi);
  const names = createFlowNames({
    api: deps.connectApi,
    cache,
    ttlSeconds: ttl.namesTtlSeconds,
    missingTtlSeconds: ttl.notFoundTtlSeconds,
  });
  const isDenied = createDeniedName(config.attributeDenylist);
  const flight = createSingleFlight<FlowPath>();

  /** One scan: from the start, or on from where `previous` (an incomplete path) stopped. */
  async function scan(record: ContactRecord, previous?: FlowPath): Promise<FlowPath> {
    const { contact, instanceId, region } = record;
    const contactId = (contact.Id ?? "").toLowerCase();
    const deadline = startDeadline(deps.deadlineMs ?? FLOW_DEADLINE_MS);
    const connect = deps.connect.forRegion(region);
    const alias = config.flowLogs.logGroup
      ? undefined
      : await names.alias(connect, instanceId, deadline);
    const logGroup = config.flowLogs.logGroup ?? `/aws/connect/${alias ?? "<instance alias>"}`;
    if (!config.flowLogs.logGroup && !alias) throw new FlowLogGroupNotFoundError(logGroup);
    const started = toDate(contact.InitiationTimestamp)?.getTime() ?? now() - 24 * 3600_000;
    const ended = toDate(contact.DisconnectTimestamp)?.getTime() ?? now();
    const resume = previous?.logGroup === logGroup ? previous.resumeToken : undefined;
    const { events, incomplete, nextToken } = await readLogs(
      { client: await deps.logs.forRegion(region), sdk: await deps.logs.sdk() },
      {
        logGroup,
        contactId,
        startTime: started - BEFORE_MS,
        endTime: ended + AFTER_MS,
        ...(resume && { nextToken: resume }),
      },
      deadline,
    );
    const read = parseFlowLogEvents(events, contactId, isDenied);
    // Pages never overlap, so what an earlier scan read is kept as it is.
    const steps = resume
      ? [...(previous?.steps ?? []), ...read].sort((a, b) => Date.parse(a.at) - Date.parse(b.at))
      : read;
    const path: FlowPath = {
      contactId,
      logGroup,
      steps,
      names: {
        ...(resume ? previous?.names : {}),
        ...(await names.resolve(connect, instanceId, steps, deadline)),
      },
      ...(incomplete && { incomplete }),
      ...(incomplete && nextToken && { resumeToken: nextToken }),
    };
    // A cut path is kept briefly, and the next read goes on from where it stopped.
    const seconds =
      contact.DisconnectTimestamp && !incomplete ? ttl.endedTtlSeconds : ttl.activeTtlSeconds;
    await cache.set(keyOf(record), encodeJson(path), seconds);
    return path;
  }

  const paths: FlowPaths = {
    cached: async (record) =>
      readCachedJson<FlowPath>(cache, keyOf(record), (path) => Array.isArray(path.steps)),
    async read(record) {
      const cached = await paths.cached(record);
      if (cached && !cached.incomplete) return cached;
      return flight(keyOf(record), () => scan(record, cached));
    },
  };
  return paths;
}
