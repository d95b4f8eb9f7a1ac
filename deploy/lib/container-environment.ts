import type { DeployConfig } from "./config.js";

/** The port the bot listens on (PORT), for Slack's requests and the probes. */
export const BOT_PORT = 3000;

/** Set by the stack from the config; `bot.environment` may not override them. */
export const MANAGED_VARIABLES = [
  "AWS_REGION",
  "PORT",
  "CONNECT_INSTANCE_ID",
  "CONNECT_REPLICAS",
  "CONNECT_FLOW_LOG_GROUP",
  "CONTACT_LENS_S3_URI",
  "SLACK_SECRET_ID",
  "REDIS_CLUSTER",
  "REDIS_URL",
  "REDIS_USERNAME",
  "REDIS_PASSWORD",
  "ALERT_CHANNEL_IDS",
  "ALLOWED_CHANNEL_IDS",
  "ALLOWED_USER_IDS",
  "ALLOWED_USERGROUP_IDS",
  "LOG_LEVEL",
];

export interface RedisEndpoint {
  host: string;
  port: string;
}

/**
 * The bot's plain (non-secret) variables, as docs/configuration.md names them. Empty lists are
 * left out: the bot reads an unset list as "no restriction", as it would an empty one.
 */
export function containerEnvironment(
  config: DeployConfig,
  slackSecretArn: string,
  redis: RedisEndpoint,
): Record<string, string> {
  const { bot } = config;
  const lists: Record<string, readonly string[]> = {
    ALERT_CHANNEL_IDS: bot.alertChannelIds,
    ALLOWED_CHANNEL_IDS: bot.allowedChannelIds,
    ALLOWED_USER_IDS: bot.allowedUserIds,
    ALLOWED_USERGROUP_IDS: bot.allowedUsergroupIds,
  };
  const environment: Record<string, string> = {
    ...bot.environment,
    AWS_REGION: config.region,
    PORT: String(BOT_PORT),
    CONNECT_INSTANCE_ID: config.connect.instances.map((instance) => instance.arn).join(","),
    // While Redis is unreachable each task takes 1/CONNECT_REPLICAS of the Connect quota: the
    // most tasks that can run keeps them all within it.
    CONNECT_REPLICAS: String(config.service.maxTasks),
    SLACK_SECRET_ID: slackSecretArn,
    REDIS_CLUSTER: String(config.cache.clusterMode),
    // No credentials in it: the AUTH token comes as the ECS secret REDIS_PASSWORD (bot-stack.ts).
    REDIS_URL: `rediss://${redis.host}:${redis.port}`,
    LOG_LEVEL: bot.logLevel,
  };
  if (config.connect.flowLogGroup) {
    environment.CONNECT_FLOW_LOG_GROUP = config.connect.flowLogGroup;
  }
  // One bucket is where every analysis file is (the task role reads no other): the bot goes
  // there directly. With several it finds each instance's in its storage configuration.
  const [only, ...others] = config.contactLens.buckets;
  if (only && others.length === 0) {
    environment.CONTACT_LENS_S3_URI = `s3://${only.name}/${config.contactLens.prefix}`;
  }
  for (const [name, ids] of Object.entries(lists)) {
    if (ids.length > 0) environment[name] = ids.join(",");
  }
  return environment;
}
