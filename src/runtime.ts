import { SecretsManagerClient } from "@aws-sdk/client-secrets-manager";
import { WebClient } from "@slack/web-api";
import { NodeHttpHandler } from "@smithy/node-http-handler";
import { createCache } from "./cache/create-cache.js";
import { createSharedRedis } from "./cache/shared-redis.js";
import type { Config } from "./config.js";
import { type CallOutcome, createConnectApi } from "./connect/connect-api.js";
import { createConnectClients } from "./connect/connect-clients.js";
import { createContactService, RATE_GUARD_MS } from "./connect/contact-service.js";
import { createLimitedApi } from "./connect/limited-api.js";
import { createRateLimiterFactory } from "./connect/rate-limiter-factory.js";
import { createSharedFlight } from "./connect/shared-flight.js";
import { createConversations } from "./conversation/create-conversations.js";
import type { Deps } from "./deps.js";
import { createLogger, type Logger } from "./logger.js";
import { createFlowPaths } from "./logs/flow-path.js";
import { createLogsClients } from "./logs/logs-clients.js";
import { createMetrics } from "./metrics.js";
import { createContactSearch } from "./search/contact-search.js";
import { createNameDirectory } from "./search/name-directory.js";
import { createSecretCredentials, staticCredentials } from "./slack/secret-credentials.js";
import { createThreadPoster } from "./slack/thread-poster.js";
import { createUserTimeZones } from "./slack/user-time-zones.js";
import { createUsergroupMembers } from "./slack/usergroup-members.js";
import { webClientOptions } from "./slack/web-client-options.js";
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
  const rateLimiters = createRateLimiterFactory({ redis, replicas: config.replicas.count, logger });
  const clients = createConnectClients({ timeoutMs: config.connect.timeoutMs });
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
  const contacts = createContactService({
    clients,
    cache,
    config,
    limiters: () => connectLimiters,
    flight: createSharedFlight({ redis }),
    hooks,
  });
  const names = createNameDirectory({
    api,
    clients,
    cache,
    ttlSeconds: config.cache.namesTtlSeconds,
  });
  const search = createContactSearch({ api, clients, cache, directory: names, config });
  const conversations = createConversations({ config, cache, rateLimiters, api, clients, hooks });
  const logsClients = createLogsClients({ timeoutMs: config.connect.timeoutMs });
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
  const { slack } = config;
  const credentials = slack.secretId
    ? createSecretCredentials({
        client: new SecretsManagerClient({
          region: config.connect.region,
          // The SDK waits forever by default; a re-read can sit in the path of a Slack request.
          maxAttempts: 2,
          requestHandler: new NodeHttpHandler({
            connectionTimeout: 1000,
            requestTimeout: 1000,
            throwOnRequestTimeout: true,
          }),
        }),
        secretId: slack.secretId,
        refreshSeconds: slack.secretRefreshSeconds,
        logger,
      })
    : staticCredentials({
        signingSecret: slack.signingSecret,
        botToken: slack.botToken,
        appToken: slack.appToken,
      });
  // Fail at start, naming the secret, rather than on the first request.
  await credentials.current();
  const clientOptions = { apiUrl: slack.apiUrl, timeoutMs: slack.timeoutMs, logger };
  const backgroundClient = new WebClient(
    undefined,
    webClientOptions({ ...clientOptions, background: true }),
  );
  const threadPoster = createThreadPoster({
    client: backgroundClient,
    postsPerSecondPerChannel: slack.postsPerSecondPerChannel,
    logger,
    metrics,
    renewToken: async () => (await credentials.refresh("invalid_auth")).botToken,
    // Runs a little behind Slack's own bucket, as the Connect limiter does (see RATE_GUARD_MS).
    pace: rateLimiters("slack", {
      ratePerSecond: slack.postsPerSecondPerChannel,
      burst: 1,
      guardMs: 200,
    }),
  });
  const lookupClient = new WebClient(undefined, webClientOptions(clientOptions));
  const botToken = async () => (await credentials.current()).botToken;
  const usergroups = createUsergroupMembers({
    client: lookupClient,
    cache,
    ttlSeconds: config.cache.namesTtlSeconds,
    token: botToken,
  });
  const timeZones = createUserTimeZones({
    client: lookupClient,
    cache,
    ttlSeconds: config.cache.namesTtlSeconds,
    token: botToken,
    logger,
    metrics,
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
    timeZones,
    timelines,
    conversations,
    rateLimiters,
    async ready() {
      const timeoutMs = config.replicas.redisConnectTimeoutMs;
      if (!redis || (await redis.ready(timeoutMs))) return;
      logger.warn({ timeoutMs }, "Redis not ready at start: starting degraded, caching in-process");
    },
    flowPaths,
    async close() {
      clients.destroy();
      logsClients.destroy();
      conversations.destroy();
      await cache.close();
    },
  };
}
