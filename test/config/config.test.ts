import { describe, expect, it } from "vitest";
import { loadConfig } from "../../src/config/config.js";
import { ConfigError } from "../../src/domain/request-errors.js";

const INSTANCE = "11111111-2222-3333-4444-555555555555";
const BASE = {
  SLACK_SIGNING_SECRET: "secret",
  SLACK_BOT_TOKEN: "xoxb-1",
  CONNECT_INSTANCE_ID: INSTANCE,
  AWS_REGION: "eu-west-2",
};

function errorOf(env: Record<string, string>): ConfigError {
  try {
    loadConfig(env);
  } catch (error) {
    if (error instanceof ConfigError) return error;
    throw error;
  }
  throw new Error("expected a ConfigError");
}

describe("loadConfig", () => {
  it("applies the documented defaults", () => {
    const config = loadConfig(BASE);
    expect(config.port).toBe(3000);
    expect(config.maskCustomerEndpoints).toBe(true);
    expect(config.connect).toMatchObject({ maxRps: 2, burst: 5, region: "eu-west-2" });
    expect(config.connect.instances).toEqual([{ instanceId: INSTANCE, region: "eu-west-2" }]);
    expect(config.cache.redisUrl).toBeUndefined();
    expect(config.maxContactsPerMessage).toBe(5);
    expect(config.logLevel).toBe("info");
  });

  it("reads the overload limits: 3000 in flight, answers within 10 s, events within 3 s", () => {
    expect(loadConfig(BASE).overload).toEqual({
      maxInFlight: 3000,
      maxAnswerDelayMs: 10_000,
      maxEventDelayMs: 3000,
    });
    const set = loadConfig({
      ...BASE,
      MAX_IN_FLIGHT: "50",
      MAX_ANSWER_DELAY_MS: "2500",
      MAX_EVENT_DELAY_MS: "250",
    });
    expect(set.overload).toEqual({ maxInFlight: 50, maxAnswerDelayMs: 2500, maxEventDelayMs: 250 });
    expect(() => loadConfig({ ...BASE, MAX_IN_FLIGHT: "0" })).toThrow(/MAX_IN_FLIGHT/);
  });

  it("reads the privacy settings: no unfurls in shared channels, users cached 10 minutes", () => {
    expect(loadConfig(BASE).privacy).toEqual({ unfurlSharedChannels: false, usersTtlSeconds: 600 });
    const env = { ...BASE, UNFURL_SHARED_CHANNELS: "true", CACHE_TTL_USERS_SECONDS: "60" };
    expect(loadConfig(env).privacy).toEqual({ unfurlSharedChannels: true, usersTtlSeconds: 60 });
    expect(() => loadConfig({ ...BASE, UNFURL_SHARED_CHANNELS: "maybe" })).toThrow(
      /UNFURL_SHARED_CHANNELS/,
    );
  });

  it("returns a deeply frozen object", () => {
    const config = loadConfig(BASE);
    expect(Object.isFrozen(config)).toBe(true);
    expect(Object.isFrozen(config.connect.instances)).toBe(true);
    expect(Object.isFrozen(config.access)).toBe(true);
  });

  it.each([
    ["SLACK_SIGNING_SECRET", { ...BASE, SLACK_SIGNING_SECRET: "" }],
    ["SLACK_BOT_TOKEN", { ...BASE, SLACK_BOT_TOKEN: " " }],
    ["CONNECT_INSTANCE_ID", { ...BASE, CONNECT_INSTANCE_ID: "" }],
    ["AWS_REGION", { ...BASE, AWS_REGION: "" }],
    ["CONNECT_INSTANCE_ID", { ...BASE, CONNECT_INSTANCE_ID: "not-an-instance" }],
    ["PORT", { ...BASE, PORT: "http" }],
    ["MASK_CUSTOMER_ENDPOINTS", { ...BASE, MASK_CUSTOMER_ENDPOINTS: "maybe" }],
    ["LOG_LEVEL", { ...BASE, LOG_LEVEL: "loud" }],
    ["CONNECT_MAX_RPS", { ...BASE, CONNECT_MAX_RPS: "0" }],
  ])("names %s when it is missing or invalid", (variable, env) => {
    const error = errorOf(env);
    expect(error.variable).toBe(variable);
    expect(error.message).toContain(variable);
  });

  it("takes several instances, ids and ARNs, each ARN with its own region", () => {
    const arn =
      "arn:aws:connect:us-west-2:123456789012:instance/AAAAAAAA-2222-3333-4444-555555555555";
    const config = loadConfig({ ...BASE, CONNECT_INSTANCE_ID: `${INSTANCE}, ${arn}` });
    expect(config.connect.instances).toEqual([
      { instanceId: INSTANCE, region: "eu-west-2" },
      { instanceId: "aaaaaaaa-2222-3333-4444-555555555555", region: "us-west-2" },
    ]);
  });

  it("needs no AWS_REGION when every instance is an ARN", () => {
    const arn = `arn:aws:connect:ap-southeast-2:123456789012:instance/${INSTANCE}`;
    const config = loadConfig({ ...BASE, AWS_REGION: "", CONNECT_INSTANCE_ID: arn });
    expect(config.connect.region).toBe("ap-southeast-2");
  });

  it("lets Secrets Manager provide the Slack credentials", () => {
    const config = loadConfig({
      CONNECT_INSTANCE_ID: INSTANCE,
      AWS_REGION: "eu-west-2",
      SLACK_SECRET_ID: "prod/slack",
    });
    expect(config.slack.secretId).toBe("prod/slack");
    expect(config.slack.botToken).toBeUndefined();
  });

  it("does not need a signing secret in Socket Mode", () => {
    const config = loadConfig({ ...BASE, SLACK_SIGNING_SECRET: "", SLACK_APP_TOKEN: "xapp-1" });
    expect(config.slack.appToken).toBe("xapp-1");
  });

  it("parses lists, booleans and numbers", () => {
    const config = loadConfig({
      ...BASE,
      ALERT_CHANNEL_IDS: "C1, C2,,",
      ALLOWED_USERGROUP_IDS: "S1",
      ATTRIBUTE_DENYLIST: "cardNumber,ssn*",
      MASK_CUSTOMER_ENDPOINTS: "false",
      CONNECT_MAX_RPS: "5",
      CONNECT_CONSOLE_URL: "https://acme.my.connect.aws/",
    });
    expect(config.alerts.channelIds).toEqual(["C1", "C2"]);
    expect(config.access.usergroupIds).toEqual(["S1"]);
    expect(config.attributeDenylist).toEqual(["cardNumber", "ssn*"]);
    expect(config.maskCustomerEndpoints).toBe(false);
    expect(config.connect.maxRps).toBe(5);
    expect(config.connect.consoleUrl).toBe("https://acme.my.connect.aws");
  });
});

describe("replicas settings", () => {
  it("defaults to one replica and a 2 s wait for Redis, single node, no CA file", () => {
    expect(loadConfig(BASE).replicas).toEqual({
      count: 1,
      redisConnectTimeoutMs: 2000,
      redisTlsCaFile: undefined,
      redisCluster: false,
    });
  });

  it("reads CONNECT_REPLICAS, REDIS_CONNECT_TIMEOUT_MS, REDIS_TLS_CA_FILE and REDIS_CLUSTER", () => {
    const config = loadConfig({
      ...BASE,
      REDIS_URL: "rediss://bot:pw@cfg.example.cache.amazonaws.com:6379",
      CONNECT_REPLICAS: "3",
      REDIS_CONNECT_TIMEOUT_MS: "500",
      REDIS_TLS_CA_FILE: "/etc/ssl/private-ca.pem",
      REDIS_CLUSTER: "true",
    });
    expect(config.replicas).toEqual({
      count: 3,
      redisConnectTimeoutMs: 500,
      redisTlsCaFile: "/etc/ssl/private-ca.pem",
      redisCluster: true,
    });
  });

  it("reads REDIS_USERNAME and REDIS_PASSWORD as they are, no percent-decoding", () => {
    const config = loadConfig({
      ...BASE,
      REDIS_URL: "rediss://cfg.example.cache.amazonaws.com:6379",
      REDIS_USERNAME: "bot",
      REDIS_PASSWORD: "p%40ss/with:odd@chars",
    });
    expect(config.replicas).toMatchObject({
      redisUsername: "bot",
      redisPassword: "p%40ss/with:odd@chars",
    });
    expect(loadConfig(BASE).replicas).toMatchObject({
      redisUsername: undefined,
      redisPassword: undefined,
    });
  });

  it("takes REDIS_PASSWORD beside a URL that names only the user", () => {
    const env = { ...BASE, REDIS_URL: "rediss://bot@h:6379", REDIS_PASSWORD: "token" };
    expect(loadConfig(env).replicas.redisPassword).toBe("token");
  });

  it("refuses REDIS_PASSWORD when REDIS_URL carries a password too, without echoing either", () => {
    const error = errorOf({
      ...BASE,
      REDIS_URL: "rediss://:url-token@h:6379",
      REDIS_PASSWORD: "env-token",
    });
    expect(error.variable).toBe("REDIS_PASSWORD");
    expect(error.message).toContain("REDIS_URL carries a password");
    expect(error.message).not.toMatch(/url-token|env-token/);
  });

  it("refuses REDIS_USERNAME or REDIS_PASSWORD without REDIS_URL", () => {
    expect(errorOf({ ...BASE, REDIS_PASSWORD: "token" }).variable).toBe("REDIS_PASSWORD");
    expect(errorOf({ ...BASE, REDIS_USERNAME: "bot" }).variable).toBe("REDIS_USERNAME");
  });

  it("refuses a REDIS_URL it cannot parse without echoing it", () => {
    const error = errorOf({ ...BASE, REDIS_URL: "redis://:secret-token@[bad" });
    expect(error.variable).toBe("REDIS_URL");
    expect(error.message).not.toContain("secret-token");
  });

  it("names the variable that is wrong", () => {
    expect(errorOf({ ...BASE, CONNECT_REPLICAS: "0" }).message).toContain("CONNECT_REPLICAS");
    expect(errorOf({ ...BASE, CONNECT_REPLICAS: "1.5" }).message).toContain("CONNECT_REPLICAS");
    expect(errorOf({ ...BASE, REDIS_URL: "http://x" }).message).toContain("REDIS_URL");
    expect(errorOf({ ...BASE, REDIS_CLUSTER: "maybe" }).message).toContain("REDIS_CLUSTER");
  });
});
