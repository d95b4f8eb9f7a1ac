import { WebClient } from "@slack/web-api";
import type { Cache } from "../cache/cache.js";
import type { Config } from "../config/config.js";
import type { RateLimiterFactory } from "../infra/rate-limiter-factory.js";
import type { Logger } from "../observability/logger.js";
import type { Metrics } from "../observability/metrics.js";
import { createSecretCredentials, staticCredentials } from "./secret-credentials.js";
import { secretsClient } from "./secrets-client.js";
import { createSlackUsers } from "./slack-users.js";
import { createThreadPoster } from "./thread-poster.js";
import { createUserTimeZones } from "./user-time-zones.js";
import { createUsergroupMembers } from "./usergroup-members.js";
import { webClientOptions } from "./web-client-options.js";

/**
 * The Slack side of the runtime: the app's credentials (read once here, so a bad secret fails the
 * start naming it), the alert threads' poster, the cached user groups, and users (guest or not,
 * time zone).
 */
export async function createSlackServices(deps: {
  config: Readonly<Config>;
  logger: Logger;
  metrics: Metrics;
  cache: Cache;
  rateLimiters: RateLimiterFactory;
}) {
  const { config, logger, metrics, cache, rateLimiters } = deps;
  const { slack } = config;
  const credentials = slack.secretId
    ? createSecretCredentials({
        client: await secretsClient(config.connect.region),
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
  const timeZones = createUserTimeZones({ users: slackUsers, logger });
  return { credentials, threadPoster, usergroups, slackUsers, timeZones };
}
