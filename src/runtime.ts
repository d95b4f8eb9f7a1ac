import { createAwsServices } from "./aws-services.js";
import { createCache } from "./cache/create-cache.js";
import { createSharedRedis } from "./cache/shared-redis.js";
import type { Config } from "./config/config.js";
import type { Deps } from "./deps.js";
import { createRateLimiterFactory } from "./infra/rate-limiter-factory.js";
import { createLogger, type Logger } from "./observability/logger.js";
import { createMetrics } from "./observability/metrics.js";
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
  const rateLimiters = createRateLimiterFactory({ redis, replicas: config.replicas.count, logger });
  const aws = createAwsServices({ config, redis, cache, rateLimiters, metrics });
  const { contacts, search, names, flowPaths, evaluations, conversations } = aws;
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
    conversations,
    rateLimiters,
    async ready() {
      const timeoutMs = config.replicas.redisConnectTimeoutMs;
      if (!redis || (await redis.ready(timeoutMs))) return;
      logger.warn({ timeoutMs }, "Redis not ready at start: starting degraded, caching in-process");
    },
    flowPaths,
    evaluations,
    async close() {
      aws.destroy();
      await cache.close();
    },
  };
}
