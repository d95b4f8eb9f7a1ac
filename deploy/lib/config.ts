import { z } from "zod";

/** The bot's own instance ARN pattern (src/config/config.ts), with the account captured too. */
export const INSTANCE_ARN =
  /^arn:(aws[\w-]*):connect:([a-z0-9-]+):(\d{12}):instance\/([0-9a-f-]{36})$/;
const SECRET_ARN = /^arn:aws[\w-]*:secretsmanager:[a-z0-9-]+:\d{12}:secret:[\w/+=.@-]+-[\w]{6}$/;
const CERTIFICATE_ARN = /^arn:aws[\w-]*:acm:[a-z0-9-]+:\d{12}:certificate\/[\w-]+$/;
const TOPIC_ARN = /^arn:aws[\w-]*:sns:[a-z0-9-]+:\d{12}:[\w-]+$/;
const SUBNET_ID = /^subnet-[0-9a-f]+$/;
/** The bot's own bucket-name check (src/config/conversation-config.ts). */
const BUCKET = /^[a-z0-9][a-z0-9.-]{1,61}[a-z0-9]$/;
/** A key's ARN, not an alias's: IAM authorizes kms:Decrypt against the key. */
const KMS_KEY_ARN = /^arn:aws[\w-]*:kms:[a-z0-9-]+:\d{12}:key\/[\w-]+$/;
/**
 * Folders of a key, "/"-separated: no leading "/", no empty, "." or ".." folder (a URL would
 * resolve those in CONTACT_LENS_S3_URI), no "*" or "?" (wildcards in the policy).
 */
const S3_PREFIX = /^([\w-][\w.-]*\/)*([\w-][\w.-]*)?$/;

const ids = (prefix: RegExp) => z.array(z.string().regex(prefix)).default([]);

const vpcSchema = z.discriminatedUnion("kind", [
  z.strictObject({
    kind: z.literal("new"),
    /** The first zones of the region, chosen by CloudFormation at deploy (Fn::GetAZs). */
    maxAzs: z.number().int().min(2).max(3).default(2),
    /** One NAT gateway is the cheap default; one per AZ survives an AZ outage. */
    natGateways: z.number().int().min(1).max(6).default(1),
  }),
  z.strictObject({
    kind: z.literal("existing"),
    vpcId: z.string().regex(/^vpc-[0-9a-f]+$/),
    /** Named, not looked up: `cdk synth` must not need an AWS account. */
    availabilityZones: z.array(z.string().regex(/^[a-z]{2}(-[a-z]+)+-\d[a-z]$/)).min(2),
    /** One per AZ, in the order of availabilityZones; needed in HTTP mode for the load balancer. */
    publicSubnetIds: z.array(z.string().regex(SUBNET_ID)).default([]),
    /** With a route to the internet (NAT): the tasks call Slack and AWS. Also host the cache. */
    privateSubnetIds: z.array(z.string().regex(SUBNET_ID)).min(2),
  }),
]);

export const configSchema = z.strictObject({
  stackName: z
    .string()
    .regex(/^[A-Za-z][A-Za-z0-9-]{0,100}$/)
    .default("ConnectContactBot"),
  account: z.string().regex(/^\d{12}$/),
  region: z.string().regex(/^[a-z]{2}(-[a-z]+)+-\d$/),
  /** http: Slack posts to an ALB; socket: the tasks dial Slack, nothing comes in. */
  mode: z.enum(["http", "socket"]),
  certificateArn: z.string().regex(CERTIFICATE_ARN).optional(),
  connect: z.strictObject({
    instances: z
      .array(
        z.strictObject({
          arn: z.string().regex(INSTANCE_ARN),
          /** The instance alias: its flow logs are in /aws/connect/<alias> unless flowLogGroup. */
          alias: z
            .string()
            .regex(/^[A-Za-z0-9][\w-]{0,61}$/)
            .optional(),
        }),
      )
      .min(1),
    flowLogGroup: z
      .string()
      .regex(/^[\w\-./#]{1,512}$/)
      .optional(),
  }),
  contactLens: z
    .strictObject({
      /**
       * The buckets Contact Lens writes analysis files to (each instance's CALL_RECORDINGS and
       * CHAT_TRANSCRIPTS storage): the task role reads `<prefix>Analysis/*` in these, nothing else.
       * None: the Conversation section's S3 reads are denied (calls' analysis files).
       */
      buckets: z
        .array(
          z.strictObject({
            name: z.string().regex(BUCKET),
            /** The bucket's SSE-KMS key, if any: kms:Decrypt on it, through S3 only. */
            kmsKeyArn: z.string().regex(KMS_KEY_ARN).optional(),
          }),
        )
        .default([]),
      /** Where `Analysis/` starts, with one bucket only (CONTACT_LENS_S3_URI); ends in "/". */
      prefix: z
        .string()
        .regex(S3_PREFIX)
        .transform((prefix) => (prefix === "" || prefix.endsWith("/") ? prefix : `${prefix}/`))
        .default(""),
    })
    .prefault({}),
  slack: z
    .strictObject({
      /** Complete ARN of a secret holding {"botToken","signingSecret"} (or "appToken"). */
      secretArn: z.string().regex(SECRET_ARN).optional(),
      /** A new secret is created without secretArn; tasks start once this says it is filled. */
      newSecretFilled: z.boolean().default(false),
    })
    .prefault({}),
  bot: z
    .strictObject({
      alertChannelIds: ids(/^[CG][A-Z0-9]+$/),
      allowedChannelIds: ids(/^[CGD][A-Z0-9]+$/),
      allowedUserIds: ids(/^[UW][A-Z0-9]+$/),
      allowedUsergroupIds: ids(/^S[A-Z0-9]+$/),
      logLevel: z.enum(["fatal", "error", "warn", "info", "debug", "trace"]).default("info"),
      /** Any other variable of docs/configuration.md, e.g. ATTRIBUTE_DENYLIST; never a secret. */
      environment: z.record(z.string().regex(/^[A-Z][A-Z0-9_]*$/), z.string()).default({}),
    })
    .prefault({}),
  vpc: vpcSchema.prefault({ kind: "new" }),
  service: z
    .strictObject({
      cpuArchitecture: z.enum(["X86_64", "ARM64"]).default("X86_64"),
      cpu: z.number().int().default(512),
      memoryMiB: z.number().int().default(1024),
      minTasks: z.number().int().min(2).default(2),
      maxTasks: z.number().int().min(2).max(50).default(4),
      cpuTargetPercent: z.number().min(10).max(90).default(60),
      requestsPerTaskPerMinute: z.number().int().min(1).default(1200),
      /** SIGTERM to SIGKILL: the bot exits as soon as it has drained; Fargate allows 120 s. */
      stopTimeoutSeconds: z.number().int().min(10).max(120).default(120),
    })
    .prefault({}),
  cache: z
    .strictObject({
      engine: z.enum(["valkey", "redis"]).default("valkey"),
      nodeType: z
        .string()
        .regex(/^cache\.[a-z0-9]+\.[a-z0-9]+$/)
        .default("cache.t4g.micro"),
      clusterMode: z.boolean().default(false),
      shards: z.number().int().min(1).max(500).default(1),
      /** At least one replica per shard: Multi-AZ with automatic failover. */
      replicasPerShard: z.number().int().min(1).max(5).default(1),
    })
    .prefault({}),
  logRetentionDays: z.number().int().default(30),
  alarmTopicArn: z.string().regex(TOPIC_ARN).optional(),
});

export type DeployConfig = z.infer<typeof configSchema>;
