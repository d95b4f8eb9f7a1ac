import type { Cache } from "./cache/cache.js";
import type { SharedRedis } from "./cache/shared-redis.js";
import type { Config } from "./config/config.js";
import { createConnectClients } from "./connect/connect-clients.js";
import {
  type ContactService,
  createContactService,
  RATE_GUARD_MS,
} from "./connect/contact-service.js";
import { createNameResolver } from "./connect/name-resolver.js";
import type { ConversationService } from "./conversation/conversation-service.js";
import { createConversations } from "./conversation/create-conversations.js";
import { createLimitedApi } from "./infra/limited-api.js";
import { type CallOutcome, createLimitedCall } from "./infra/limited-call.js";
import type { RateLimiterFactory } from "./infra/rate-limiter-factory.js";
import { createSharedFlight } from "./infra/shared-flight.js";
import { createFlowPaths, type FlowPaths } from "./logs/flow-paths.js";
import { createLogsClients } from "./logs/logs-clients.js";
import type { Metrics } from "./observability/metrics.js";
import { createEvaluations, type Evaluations } from "./quality/evaluations.js";
import { type ContactSearch, createContactSearch } from "./search/contact-search.js";
import { createNameDirectory, type NameDirectory } from "./search/name-directory.js";

export interface AwsServices {
  contacts: ContactService;
  search: ContactSearch;
  names: NameDirectory;
  flowPaths: FlowPaths;
  evaluations: Evaluations;
  conversations: ConversationService;
  /** Releases the SDK clients' sockets. */
  destroy(): void;
}

/**
 * The services that call AWS (Connect, CloudWatch Logs, S3, Contact Lens), sharing one set of
 * Connect clients, the cache and the rate limiters, their calls counted in `metrics`.
 */
export function createAwsServices(deps: {
  config: Readonly<Config>;
  redis: SharedRedis | undefined;
  cache: Cache;
  rateLimiters: RateLimiterFactory;
  metrics: Metrics;
}): AwsServices {
  const { config, redis, cache, rateLimiters, metrics } = deps;
  const clients = createConnectClients(config.connect);
  const hooks = {
    onCall: (operation: string, outcome: CallOutcome, seconds: number) => {
      metrics.connectCalls.inc({ operation, outcome });
      metrics.connectLatency.observe({ operation }, seconds);
    },
    onThrottleWait: (seconds: number) => metrics.throttleWaits.observe(seconds),
    onCache: (result: "hit" | "miss") => metrics.cacheResults.inc({ result }),
  };
  // One set of Connect buckets (shared by the replicas through Redis) for lookups, searches and
  // name directories: Connect's quotas are per account, whichever caller spends them.
  const connectLimiters = rateLimiters("connect", {
    ratePerSecond: config.connect.maxRps,
    burst: config.connect.burst,
    guardMs: RATE_GUARD_MS,
    onWait: (ms) => hooks.onThrottleWait(ms / 1000),
  });
  const api = createLimitedCall({ limiterFor: connectLimiters, hooks });
  const flight = createSharedFlight({ redis });
  const contacts = createContactService({
    clients,
    cache,
    config,
    limiters: () => connectLimiters,
    flight,
    hooks,
  });
  // Evaluators are users: named like agents, from the same cache entries.
  const users = createNameResolver({
    api,
    cache,
    flight,
    ttlSeconds: config.cache.namesTtlSeconds,
    missingTtlSeconds: config.cache.notFoundTtlSeconds,
  });
  const evaluations = createEvaluations({
    api,
    clients,
    cache,
    config,
    async userName(record, userId, deadline) {
      const client = clients.forRegion(record.region);
      const user = await users.user(client, record.instanceId, userId, deadline);
      return user?.name ?? user?.username;
    },
  });
  const names = createNameDirectory({
    api,
    clients,
    cache,
    ttlSeconds: config.cache.namesTtlSeconds,
  });
  const search = createContactSearch({ api, clients, cache, directory: names, config });
  const conversations = createConversations({
    config,
    cache,
    rateLimiters,
    api,
    clients,
    hooks,
    s3Hooks: { onCall: (operation, outcome) => metrics.s3Calls.inc({ operation, outcome }) },
  });
  const logsClients = createLogsClients(config.connect);
  const flowPaths = createFlowPaths({
    logs: logsClients,
    connect: clients,
    connectApi: api,
    logsApi: createLimitedApi({
      ratePerSecond: config.flowLogs.maxRps,
      burst: Math.max(1, Math.floor(config.flowLogs.maxRps)),
      // Shared by the replicas through Redis, like Connect's: the quota is per account.
      limiters: (spec) => rateLimiters("logs", spec),
      names: { service: "CloudWatch Logs", iamPrefix: "logs" },
      hooks: {
        onCall: (operation, outcome) => metrics.logsCalls.inc({ operation, outcome }),
        onThrottleWait: hooks.onThrottleWait,
      },
    }),
    cache,
    config,
  });
  return {
    contacts,
    search,
    names,
    flowPaths,
    evaluations,
    conversations,
    destroy() {
      clients.destroy();
      logsClients.destroy();
      conversations.destroy();
    },
  };
}
