import { ConfigError } from "../domain/request-errors.js";
import { trimChars } from "../text/trim-chars.js";
import { type ConversationConfig, conversationConfig } from "./conversation-config.js";
import { bool, type Env, list, num, required, str } from "./env.js";
import { type FindingsConfig, findingsConfig } from "./findings-config.js";
import { type FlowLogsConfig, flowLogsConfig } from "./flow-logs-config.js";
import { type HttpConfig, httpConfig } from "./http-config.js";
import { type OverloadConfig, overloadConfig } from "./overload-config.js";
import { type PrivacyConfig, privacyConfig } from "./privacy-config.js";
import { type ReplicasConfig, replicasConfig } from "./replicas-config.js";
import { type SearchConfig, searchConfig } from "./search-config.js";

export interface InstanceRef {
  instanceId: string;
  region: string;
}

export interface Config {
  slack: {
    /** Unset only in Socket Mode or when the credentials come from Secrets Manager. */
    signingSecret?: string;
    botToken?: string;
    /** Set: Socket Mode. */
    appToken?: string;
    /** Set: signing secret and tokens are read from this Secrets Manager secret. */
    secretId?: string;
    secretRefreshSeconds: number;
    /** Web API base URL, e.g. "https://slack.com/api/". */
    apiUrl?: string;
    timeoutMs: number;
    /** Background posts (alert threads) per channel per second. */
    postsPerSecondPerChannel: number;
  };
  port: number;
  http: HttpConfig;
  connect: {
    instances: readonly InstanceRef[];
    region: string;
    maxRps: number;
    burst: number;
    timeoutMs: number;
    /** Overrides DescribeInstance's InstanceAccessUrl for console links. */
    consoleUrl?: string;
  };
  cache: {
    redisUrl?: string;
    keyPrefix: string;
    endedTtlSeconds: number;
    activeTtlSeconds: number;
    namesTtlSeconds: number;
    notFoundTtlSeconds: number;
  };
  replicas: ReplicasConfig;
  maskCustomerEndpoints: boolean;
  logLevel: string;
  alerts: { channelIds: readonly string[] };
  maxContactsPerMessage: number;
  attributeDenylist: readonly string[];
  access: {
    channelIds: readonly string[];
    userIds: readonly string[];
    usergroupIds: readonly string[];
  };
  findings: FindingsConfig;
  search: SearchConfig;
  flowLogs: FlowLogsConfig;
  overload: OverloadConfig;
  privacy: PrivacyConfig;
  conversation: ConversationConfig;
}

const INSTANCE_ARN = /^arn:aws[\w-]*:connect:([a-z0-9-]+):\d{12}:instance\/([0-9a-f-]{36})$/i;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const LOG_LEVELS = ["fatal", "error", "warn", "info", "debug", "trace", "silent"];

function instances(env: Env, region: string | undefined): InstanceRef[] {
  const items = list(env, "CONNECT_INSTANCE_ID");
  if (items.length === 0) throw new ConfigError("CONNECT_INSTANCE_ID", "is required");
  return items.map((item) => {
    const arn = INSTANCE_ARN.exec(item);
    if (arn) return { region: arn[1]!, instanceId: arn[2]!.toLowerCase() };
    if (!UUID.test(item)) {
      throw new ConfigError(
        "CONNECT_INSTANCE_ID",
        `"${item}" is neither an instance id nor an ARN`,
      );
    }
    if (!region) throw new ConfigError("AWS_REGION", `is required for instance id ${item}`);
    return { region, instanceId: item.toLowerCase() };
  });
}

/** Reads and validates the whole configuration; throws a ConfigError naming the variable. */
export function loadConfig(env: Env = process.env): Readonly<Config> {
  const region = str(env, "AWS_REGION") ?? str(env, "AWS_DEFAULT_REGION");
  const secretId = str(env, "SLACK_SECRET_ID");
  const appToken = str(env, "SLACK_APP_TOKEN");
  const logLevel = str(env, "LOG_LEVEL")?.toLowerCase() ?? "info";
  if (!LOG_LEVELS.includes(logLevel)) {
    throw new ConfigError("LOG_LEVEL", `must be one of ${LOG_LEVELS.join(", ")}`);
  }
  const connectInstances = instances(env, region);
  const config: Config = {
    slack: {
      signingSecret: secretId
        ? str(env, "SLACK_SIGNING_SECRET")
        : appToken
          ? str(env, "SLACK_SIGNING_SECRET")
          : required(env, "SLACK_SIGNING_SECRET", "(or SLACK_SECRET_ID, or SLACK_APP_TOKEN)"),
      botToken: secretId
        ? str(env, "SLACK_BOT_TOKEN")
        : required(env, "SLACK_BOT_TOKEN", "(or SLACK_SECRET_ID)"),
      appToken,
      secretId,
      secretRefreshSeconds: num(env, "SLACK_SECRET_REFRESH_SECONDS", 300, 1),
      apiUrl: str(env, "SLACK_API_URL"),
      timeoutMs: num(env, "SLACK_TIMEOUT_MS", 5000, 1),
      postsPerSecondPerChannel: num(env, "SLACK_POSTS_PER_SECOND_PER_CHANNEL", 1, 0.01),
    },
    port: num(env, "PORT", 3000, 0),
    http: httpConfig(env, num(env, "PORT", 3000, 0)),
    connect: {
      instances: connectInstances,
      region: region ?? connectInstances[0]!.region,
      maxRps: num(env, "CONNECT_MAX_RPS", 2, 0.01),
      burst: num(env, "CONNECT_BURST", 5, 1),
      timeoutMs: num(env, "CONNECT_TIMEOUT_MS", 3000, 1),
      consoleUrl: trimChars(str(env, "CONNECT_CONSOLE_URL"), "/", "end"),
    },
    cache: {
      redisUrl: str(env, "REDIS_URL"),
      keyPrefix: str(env, "REDIS_KEY_PREFIX") ?? "ccb:",
      endedTtlSeconds: num(env, "CACHE_TTL_ENDED_SECONDS", 6 * 3600, 1),
      activeTtlSeconds: num(env, "CACHE_TTL_ACTIVE_SECONDS", 15, 1),
      namesTtlSeconds: num(env, "CACHE_TTL_NAMES_SECONDS", 3600, 1),
      notFoundTtlSeconds: num(env, "CACHE_TTL_NOT_FOUND_SECONDS", 60, 1),
    },
    replicas: replicasConfig(env),
    maskCustomerEndpoints: bool(env, "MASK_CUSTOMER_ENDPOINTS", true),
    logLevel,
    alerts: { channelIds: list(env, "ALERT_CHANNEL_IDS") },
    maxContactsPerMessage: num(env, "MAX_CONTACTS_PER_MESSAGE", 5, 1),
    attributeDenylist: list(env, "ATTRIBUTE_DENYLIST"),
    access: {
      channelIds: list(env, "ALLOWED_CHANNEL_IDS"),
      userIds: list(env, "ALLOWED_USER_IDS"),
      usergroupIds: list(env, "ALLOWED_USERGROUP_IDS"),
    },
    findings: findingsConfig(env),
    search: searchConfig(env),
    flowLogs: flowLogsConfig(env),
    overload: overloadConfig(env),
    privacy: privacyConfig(env),
    conversation: conversationConfig(env),
  };
  return deepFreeze(config);
}

function deepFreeze<T extends object>(value: T): Readonly<T> {
  for (const child of Object.values(value)) {
    if (child && typeof child === "object") deepFreeze(child);
  }
  return Object.freeze(value);
}
