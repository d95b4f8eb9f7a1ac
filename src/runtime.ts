import { createCache } from "./cache/create-cache.js";
import { createSharedRedis } from "./cache/shared-redis.js";
import type { Config } from "./config.js";
import { type CallOutcome, createConnectApi } from "./connect/connect-api.js";
import { createConnectClients } from "./connect/connect-clients.js";
import { createContactService, RATE_GUARD_MS } from "./connect/contact-service.js";
import { createLimitedApi } from "./connect/limited-api.js";
import { createNameResolver } from "./connect/name-resolver.js";
import { createRateLimiterFactory } from "./connect/rate-limiter-factory.js";
import { createSharedFlight } from "./connect/shared-flight.js";
import type { Deps } from "./deps.js";
import { createLogger, type Logger } from "./logger.js";
import { createFlowPaths } from "./logs/flow-path.js";
import { createLogsClients } from "./logs/logs-clients.js";
import { createMetrics } from "./metrics.js";
import { createEvaluations } from "./quality/evaluations.js";
import { createContactSearch } from "./search/contact-search.js";
import { createNameDirectory } from "./search/name-directory.js";
import { createSlackServices } from "./slack/slack-services.js";
import { flowMarksSource } from "./timeline/flow-marks-source.js";
import { createRasterizer } from "./timeline/rasterize.js";
import { createTimelineService } from "./timeline/timeline-service.js";

export interface Runtime extends Deps {
  /**
   * Resolves once Redis is ready (at once without Redis), or after REDIS_CONNECT_TIMEOUT_MS:
   * until then a lookup would miss what Redis holds and a claim would not be seen by the others.
   */
  ready(): Promise<void>;
  /** Releases connections (Redis, SDK sockets) once the work has drained. */
  close(): Promise<void>;
}

/** Builds every adapter from the config: the one place that opens clients. */
export async function createRuntime(
  config: Readonly<Config>,
  logger: Logger = createLogger({ level: config.logLevel }),
): Promise<Runtime> {
  const metrics = createMetrics();
  const redis = createSharedRedis(config, logger);
  const cache = createCache({ redis, logger });
  const rateLimiters = createRateLimiterFactory({
    redis,
    replicas: config.replicas.count,
    logger,
  });
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
  const api = createConnectApi({ limiterFor: connectLimiters, hooks });
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
  const { credentials, threadPoster, usergroups, slackUsers, timeZones } =
    await createSlackServices({
      config,
      logger,
      metrics,
      cache,
      rateLimiters,
    });
  const timelines = createTimelineService({
    contacts,
    cache,
    rasterize: createRasterizer(),
    marks: flowMarksSource(flowPaths),
    ttlSeconds: config.cache.endedTtlSeconds,
    onRender: (outcome, seconds, err) => {
      metrics.timelineRenders.inc({ outcome });
      metrics.timelineRenderSeconds.observe(seconds);
      if (err) logger.error({ err }, "timeline picture could not be drawn");
    },
  });
  return {
    config,
    logger,
    metrics,
    cache,
    contacts,
    search,
    names,
    threadPoster,
    usergroups,
    credentials,
    slackUsers,
    timeZones,
    timelines,
    rateLimiters,
    async ready() {
      const timeoutMs = config.replicas.redisConnectTimeoutMs;
      if (!redis || (await redis.ready(timeoutMs))) return;
      logger.warn({ timeoutMs }, "Redis not ready at start: starting degraded, caching in-process");
    },
    flowPaths,
    evaluations,
    async close() {
      clients.destroy();
      logsClients.destroy();
      await cache.close();
    },
  };
}
