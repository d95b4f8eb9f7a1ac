import type { ConnectClient } from "@aws-sdk/client-connect";
import type { ConnectContactLensClient } from "@aws-sdk/client-connect-contact-lens";
import type { S3Client } from "@aws-sdk/client-s3";
import type { Cache } from "../cache/cache.js";
import type { Config } from "../config/config.js";
import { createLimitedApi } from "../infra/limited-api.js";
import type { LimitedCall, LimitedCallHooks } from "../infra/limited-call.js";
import type { RateLimiterFactory } from "../infra/rate-limiter-factory.js";
import { createAnalysisBucket } from "./analysis-bucket.js";
import { createAnalysisFiles } from "./analysis-files.js";
import { type ConversationService, createConversationService } from "./conversation-service.js";
import { createLazyClients } from "./lazy-clients.js";
import { createRealtimeSegments } from "./realtime-segments.js";

/** S3's request rates are in the thousands; this only keeps a burst of opens polite. */
const S3_RPS = 20;

/**
 * The ConversationService with its adapters: the Connect API and clients the bot already has,
 * S3 and Contact Lens clients made on first use, their limiters from the shared factory (in Redis
 * with REDIS_URL, like Connect's).
 */
export function createConversations(deps: {
  config: Pick<Config, "conversation" | "connect" | "cache">;
  cache: Cache;
  rateLimiters: RateLimiterFactory;
  /** Amazon Connect's limited API and clients, as the contact service uses them. */
  api: LimitedCall;
  clients: { forRegion(region: string): ConnectClient };
  hooks?: LimitedCallHooks & { onThrottleWait?(seconds: number): void };
  /** One observation per S3 call, like `hooks.onCall` for Contact Lens's. */
  s3Hooks?: LimitedCallHooks;
  deadlineMs?: number;
}): ConversationService & { destroy(): void } {
  const { config, rateLimiters, hooks } = deps;
  const timeouts = { timeoutMs: config.connect.timeoutMs, instances: config.connect.instances };
  const s3 = createLazyClients<S3Client>(timeouts, async () => {
    const { S3Client } = await import("@aws-sdk/client-s3");
    const forcePathStyle = config.conversation.s3PathStyle;
    return (_region, clientConfig) => new S3Client({ ...clientConfig, forcePathStyle });
  });
  const lens = createLazyClients<ConnectContactLensClient>(timeouts, async () => {
    const { ConnectContactLensClient } = await import("@aws-sdk/client-connect-contact-lens");
    return (_region, clientConfig) => new ConnectContactLensClient(clientConfig);
  });
  const s3Api = createLimitedApi({
    ratePerSecond: S3_RPS,
    burst: S3_RPS,
    limiters: (spec) => rateLimiters("s3", spec),
    names: { service: "Amazon S3", iamPrefix: "s3", iamActions: { ListObjectsV2: "ListBucket" } },
    hooks: {
      ...deps.s3Hooks,
      ...(hooks?.onThrottleWait && { onThrottleWait: hooks.onThrottleWait }),
    },
  });
  const lensApi = createLimitedApi({
    ratePerSecond: config.connect.maxRps,
    burst: config.connect.burst,
    limiters: (spec) => rateLimiters("contact-lens", spec),
    // Contact Lens's IAM actions are Amazon Connect's (connect:ListRealtimeContactAnalysisSegments).
    names: { service: "Contact Lens", iamPrefix: "connect" },
    ...(hooks && { hooks }),
  });
  const service = createConversationService({
    files: createAnalysisFiles({ s3, api: s3Api, maxBytes: config.conversation.maxBytes }),
    realtime: createRealtimeSegments({
      connectApi: deps.api,
      connect: deps.clients,
      lensApi,
      lens,
    }),
    bucket: createAnalysisBucket({
      config: config.conversation,
      connectApi: deps.api,
      connect: deps.clients,
      cache: deps.cache,
      ttlSeconds: config.cache.namesTtlSeconds,
      missingTtlSeconds: config.cache.notFoundTtlSeconds,
    }),
    cache: deps.cache,
    config,
    ...(deps.deadlineMs && { deadlineMs: deps.deadlineMs }),
  });
  return {
    ...service,
    destroy() {
      s3.destroy();
      lens.destroy();
    },
  };
}
