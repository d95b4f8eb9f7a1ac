import { SecretsManagerClient } from "@aws-sdk/client-secrets-manager";
import { WebClient } from "@slack/web-api";
import { NodeHttpHandler } from "@smithy/node-http-handler";
import { createAwsServices } from "./aws-services.js";
import { createCache } from "./cache/create-cache.js";
import { createSharedRedis } from "./cache/shared-redis.js";
import type { Config } from "./config.js";
import { createRateLimiterFactory } from "./connect/rate-limiter-factory.js";
import type { Deps } from "./deps.js";
import { createLogger, type Logger } from "./logger.js";
import { createMetrics } from "./metrics.js";
import { createSecretCredentials, staticCredentials } from "./slack/secret-credentials.js";
import { createSlackUsers } from "./slack/slack-users.js";
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
  const aws = createAwsServices({ config, redis, cache, rateLimiters, metrics });
  const { contacts, search, names, flowPaths, conversations } = aws;
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
  const lookups = { client: lookupClient, cache, token: botToken };
  const usergroups = createUsergroupMembers({
    ...lookups,
    ttlSeconds: config.cache.namesTtlSeconds,
  });
  const slackUsers = createSlackUsers({
    ...lookups,
    ttlSeconds: config.privacy.usersTtlSeconds,
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
    slackUsers,
    timeZones: createUserTimeZones({ users: slackUsers, logger }),
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
      aws.destroy();
      await cache.close();
    },
  };
}
