import { describe, expect, it } from "vitest";
import { exampleConfig } from "./support/synth.js";
import { socketConfig } from "./support/variants.js";

describe("deploy config", () => {
  it("reads config.example.json with its defaults", () => {
    const config = exampleConfig();
    expect(config.service).toMatchObject({ minTasks: 2, stopTimeoutSeconds: 120 });
    expect(config.cache).toMatchObject({ engine: "valkey", shards: 1, replicasPerShard: 1 });
    expect(config.vpc).toEqual({ kind: "new", maxAzs: 2, natGateways: 1 });
  });

  it.each([
    [
      "http mode without a certificate",
      { certificateArn: undefined },
      /certificateArn: is required/,
    ],
    ["Socket Mode with a certificate", { mode: "socket" }, /certificateArn: is for http mode/],
    ["one task", { service: { minTasks: 1 } }, /service.minTasks/],
    ["max below min", { service: { minTasks: 3, maxTasks: 2 } }, /maxTasks: must be >= minTasks/],
    ["a Fargate size that does not exist", { service: { cpu: 512, memoryMiB: 8192 } }, /memoryMiB/],
    ["shards without cluster mode", { cache: { shards: 2 } }, /cache.shards/],
    ["a cache without a replica", { cache: { replicasPerShard: 0 } }, /replicasPerShard/],
    ["an odd log retention", { logRetentionDays: 10 }, /logRetentionDays/],
    [
      "a token in plain variables",
      { bot: { environment: { SLACK_BOT_TOKEN: "x" } } },
      /credential/,
    ],
    [
      "a variable the stack sets",
      { bot: { environment: { REDIS_CLUSTER: "true" } } },
      /set by the stack/,
    ],
    [
      "a Redis URL of its own",
      { bot: { environment: { REDIS_URL: "rediss://:token@cache:6379" } } },
      /bot.environment.REDIS_URL: is set by the stack/,
    ],
    [
      "a Redis password of its own",
      { bot: { environment: { REDIS_PASSWORD: "token" } } },
      /bot.environment.REDIS_PASSWORD: is set by the stack/,
    ],
    ["an unknown key", { replicas: 3 }, /Unrecognized key/],
    [
      "a Slack secret in another region",
      { slack: { secretArn: "arn:aws:secretsmanager:eu-west-1:123456789012:secret:s-AbCdEf" } },
      /slack.secretArn: must be in us-east-1/,
    ],
    [
      "an instance without alias nor flow log group",
      { connect: { instances: [{ arn: exampleConfig().connect.instances[0]!.arn }] } },
      /alias: is required unless connect.flowLogGroup/,
    ],
    [
      "an instance of another account",
      {
        connect: {
          instances: [
            {
              arn: "arn:aws:connect:us-east-1:210987654321:instance/11111111-2222-3333-4444-555555555555",
              alias: "x",
            },
          ],
        },
      },
      /must be in account 123456789012/,
    ],
  ])("refuses %s", (_name, changes, problem) => {
    expect(() => exampleConfig(changes)).toThrow(problem);
  });

  it("refuses an existing VPC without a subnet per zone", () => {
    const vpc = {
      kind: "existing",
      vpcId: "vpc-0123456789abcdef0",
      availabilityZones: ["us-east-1a", "us-east-1b"],
      privateSubnetIds: ["subnet-0aaaaaaaaaaaaaaa1", "subnet-0bbbbbbbbbbbbbbb2"],
    };
    expect(() => exampleConfig({ vpc })).toThrow(/publicSubnetIds: needs one subnet per/);
    expect(() =>
      socketConfig({ vpc: { ...vpc, availabilityZones: ["eu-west-1a", "eu-west-1b"] } }),
    ).toThrow(/availabilityZones.0: is not in us-east-1/);
  });
});
