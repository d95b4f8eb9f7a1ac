import { randomUUID } from "node:crypto";
import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import { sendRestJsonError } from "./aws-wire.js";
import type {
  ConnectCall,
  ConnectEmulator,
  ConnectEmulatorOptions,
} from "./connect-emulator-api.js";
import { matchConnectRoute } from "./connect-routes.js";
import { type ConnectFault, ConnectStore } from "./connect-store.js";
import { FaultQueue } from "./fault-queue.js";
import { closeServer, listen, readBody, sendJson, sleep } from "./http-io.js";
import { KeyedTokenBuckets } from "./token-bucket.js";

export type { AnalysisSegmentsV2 } from "./connect-analysis.js";
export type {
  ConnectCall,
  ConnectEmulator,
  ConnectEmulatorOptions,
} from "./connect-emulator-api.js";
export type { ConnectFault } from "./connect-store.js";

type Scheduled = { kind: "fail"; fault: ConnectFault } | { kind: "hang" };

const THROTTLED: ConnectFault = {
  status: 429,
  type: "ThrottlingException",
  message: "Rate exceeded",
};

function sendFault(res: ServerResponse, fault: ConnectFault): void {
  sendRestJsonError(res, fault.status, fault.type, fault.message);
}

export async function startConnectEmulator(
  options: ConnectEmulatorOptions = {},
): Promise<ConnectEmulator> {
  const store = new ConnectStore();
  const faults = new FaultQueue<Scheduled>();
  const denied = new Set<string>();
  const quota = options.rateLimit;
  const buckets = quota && new KeyedTokenBuckets(quota.rps, quota.burst);
  const calls: ConnectCall[] = [];
  let latencyMs = options.latencyMs ?? 0;
  let throttled = 0;

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const text = await readBody(req);
    const url = new URL(req.url ?? "/", "http://emulator");
    const { pathname } = url;
    const route = matchConnectRoute(req.method ?? "", pathname);
    const signed = (req.headers.authorization ?? "").startsWith("AWS4-HMAC-SHA256 ");
    const operation = route?.operation ?? "Unknown";
    const record: ConnectCall = {
      operation,
      path: pathname,
      at: Date.now(),
      signed,
      throttled: false,
    };
    calls.push(record);
    if (!route) {
      const message = `connect emulator: no operation for ${req.method} ${pathname}`;
      return sendFault(res, { status: 404, type: "UnknownOperationException", message });
    }
    if (buckets && !buckets.take(route.operation)) {
      record.throttled = true;
      throttled++;
      return sendFault(res, THROTTLED);
    }
    const scheduled = faults.take(route.operation);
    if (scheduled?.kind === "hang") return;
    if (latencyMs > 0) await sleep(latencyMs);
    if (denied.has(route.operation)) {
      const message = `User is not authorized to perform: connect:${route.operation}`;
      return sendFault(res, { status: 403, type: "AccessDeniedException", message });
    }
    if (scheduled) return sendFault(res, scheduled.fault);
    let body: Record<string, unknown> = {};
    try {
      body = text ? (JSON.parse(text) as Record<string, unknown>) : {};
    } catch {
      return sendFault(res, { status: 400, type: "SerializationException", message: "Bad JSON" });
    }
    const query: Record<string, string | string[]> = {};
    for (const key of new Set(url.searchParams.keys())) {
      const values = url.searchParams.getAll(key);
      query[key] = key === "queueTypes" ? values : values[0]!;
    }
    record.input = { ...query, ...body };
    const answer = store.answer(
      route.operation,
      { ...route.params, ...query } as Record<string, string>,
      body,
    );
    if ("fault" in answer) return sendFault(res, answer.fault);
    sendJson(res, 200, answer.body, { "x-amzn-requestid": randomUUID() });
  }

  const server = createServer((req, res) => {
    handle(req, res).catch((error: unknown) => {
      if (!res.headersSent)
        sendFault(res, { status: 500, type: "InternalServiceException", message: String(error) });
    });
  });
  const port = await listen(server, options.port ?? 0);

  return {
    url: `http://127.0.0.1:${port}`,
    port,
    putContact: (instanceId, contact) =>
      store.putEntity("DescribeContact", instanceId, contact, [contact.Id, contact.Arn]),
    putQueue: (instanceId, queue) =>
      store.putEntity("DescribeQueue", instanceId, queue, [queue.QueueId, queue.QueueArn]),
    putUser: (instanceId, user) =>
      store.putEntity("DescribeUser", instanceId, user, [user.Id, user.Arn]),
    putRoutingProfile: (instanceId, profile) =>
      store.putEntity("DescribeRoutingProfile", instanceId, profile, [
        profile.RoutingProfileId,
        profile.RoutingProfileArn,
      ]),
    putHierarchyGroup: (instanceId, group) =>
      store.putEntity("DescribeUserHierarchyGroup", instanceId, group, [group.Id, group.Arn]),
    putInstance: (instance) => store.putInstance(instance),
    putContactFlow: (instanceId, flow) =>
      store.putEntity("DescribeContactFlow", instanceId, flow, [flow.Id, flow.Arn]),
    putAttributes: (instanceId, initialContactId, attrs) =>
      store.putAttributes(instanceId, initialContactId, attrs),
    setSearchableAttributes: (instanceId, keys) => store.setSearchableAttributes(instanceId, keys),
    putTranscript: (instanceId, contactId, turns) =>
      store.putTranscript(instanceId, contactId, turns),
    putEvaluation: (instanceId, described) => store.putEvaluation(instanceId, described),
    putStorageConfig(instanceId, resourceType, config) {
      store.ensureInstance(instanceId);
      store.analysis.putStorageConfig(instanceId, resourceType, config);
    },
    putAnalysisSegmentsV2(instanceId, contactId, data) {
      store.ensureInstance(instanceId);
      store.analysis.putSegmentsV2(instanceId, contactId, data);
    },
    failNext: (operation, fault, times = 1) =>
      faults.add(operation, { kind: "fail", fault }, times),
    hangNext: (operation, times = 1) => faults.add(operation, { kind: "hang" }, times),
    denyAll: (operation) => denied.add(operation),
    allow: (operation) => denied.delete(operation),
    calls,
    count: (operation) => calls.filter((c) => !operation || c.operation === operation).length,
    get throttled() {
      return throttled;
    },
    reset() {
      calls.length = 0;
      throttled = 0;
      faults.clear();
      denied.clear();
      buckets?.clear();
    },
    setLatency(ms) {
      latencyMs = ms;
    },
    stop: () => closeServer(server),
  };
}
