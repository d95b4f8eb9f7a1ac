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
    [
      "a Contact Lens prefix over several buckets",
      { contactLens: { buckets: [{ name: "bucket-a" }, { name: "bucket-b" }], prefix: "x/" } },
      /contactLens.prefix: needs exactly one bucket/,
    ],
    [
      "a Contact Lens prefix without a bucket",
      { contactLens: { prefix: "x/" } },
      /contactLens.prefix: needs exactly one bucket/,
    ],
    [
      "a bucket listed twice",
      { contactLens: { buckets: [{ name: "bucket-a" }, { name: "bucket-a" }] } },
      /contactLens.buckets.1.name: is listed twice/,
    ],
    [
      "a bucket name S3 would refuse",
      { contactLens: { buckets: [{ name: "My_Bucket" }] } },
      /contactLens.buckets.0.name/,
    ],
    [
      "a KMS alias instead of the key",
      {
        contactLens: {
          buckets: [{ name: "bucket-a", kmsKeyArn: "arn:aws:kms:us-east-1:123456789012:alias/s3" }],
        },
      },
      /contactLens.buckets.0.kmsKeyArn/,
    ],
    [
      "a KMS key outside the instances' regions",
      {
        contactLens: {
          buckets: [
            {
              name: "bucket-a",
              kmsKeyArn:
                "arn:aws:kms:eu-west-1:123456789012:key/22222222-3333-4444-5555-666666666666",
            },
          ],
        },
      },
      /contactLens.buckets.0.kmsKeyArn: must be in an instance's region \(us-east-1\)/,
    ],
    ...["/connect", "connect//acme", "connect/../other", "./", "connect/*", "a b"].map((prefix) => [
      `the prefix "${prefix}"`,
      { contactLens: { buckets: [{ name: "bucket-a" }], prefix } },
      /contactLens.prefix/,
    ]),
    [
      "an analysis location of its own",
      { bot: { environment: { CONTACT_LENS_S3_URI: "s3://elsewhere" } } },
      /bot.environment.CONTACT_LENS_S3_URI: is set by the stack/,
    ],
  ] as [string, Record<string, unknown>, RegExp][])("refuses %s", (_name, changes, problem) => {
    expect(() => exampleConfig(changes)).toThrow(problem);
  });

  it("reads the Contact Lens buckets, their keys and a prefix ending in /", () => {
    expect(exampleConfig().contactLens).toEqual({
      buckets: [
        {
          name: "amazon-connect-0a1b2c3d4e5f",
          kmsKeyArn: "arn:aws:kms:us-east-1:123456789012:key/22222222-3333-4444-5555-666666666666",
        },
      ],
      prefix: "",
    });
    const one = { buckets: [{ name: "replica.bucket-1" }] };
    for (const [prefix, read] of [
      ["connect/acme", "connect/acme/"],
      ["connect/acme/", "connect/acme/"],
      ["v1.2_x-y", "v1.2_x-y/"],
      ["", ""],
    ]) {
      expect(exampleConfig({ contactLens: { ...one, prefix } }).contactLens.prefix).toBe(read);
    }
    expect(exampleConfig({ contactLens: undefined }).contactLens).toEqual({
      buckets: [],
      prefix: "",
    });
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
