import type { DeployConfig } from "./config.js";
import { MANAGED_VARIABLES } from "./container-environment.js";

/**
 * Variables that carry Slack's credentials: they come from the Slack secret, never the task
 * definition. Redis's (REDIS_PASSWORD) are the stack's, see MANAGED_VARIABLES.
 */
const SECRET_VARIABLES = ["SLACK_SIGNING_SECRET", "SLACK_BOT_TOKEN", "SLACK_APP_TOKEN"];
const RETENTION_DAYS = [
  1, 3, 5, 7, 14, 30, 60, 90, 120, 150, 180, 365, 400, 545, 731, 1096, 1827, 2192, 2557, 2922, 3288,
  3653,
];
/** Fargate's CPU units and the memory (MiB) each allows. */
const FARGATE_MEMORY: Record<number, [number, number, number]> = {
  256: [512, 2048, 1024],
  512: [1024, 4096, 1024],
  1024: [2048, 8192, 1024],
  2048: [4096, 16384, 1024],
  4096: [8192, 30720, 1024],
};

const regionOf = (arn: string) => arn.split(":")[3];
const accountOf = (arn: string) => arn.split(":")[4];

/**
 * The bot reads S3 in each instance's region; one bucket with a prefix is its CONTACT_LENS_S3_URI,
 * several are the instances' own storage, where Contact Lens writes at the root.
 */
function checkContactLens(config: DeployConfig, fail: (path: string, why: string) => void): void {
  const { buckets, prefix } = config.contactLens;
  if (prefix !== "" && buckets.length !== 1) {
    fail(
      "contactLens.prefix",
      "needs exactly one bucket: the instances' own have Analysis/ at the root",
    );
  }
  const regions = new Set(config.connect.instances.map((instance) => regionOf(instance.arn)));
  const seen = new Set<string>();
  buckets.forEach((bucket, i) => {
    if (seen.has(bucket.name)) fail(`contactLens.buckets.${i}.name`, "is listed twice");
    seen.add(bucket.name);
    const keyRegion = bucket.kmsKeyArn && regionOf(bucket.kmsKeyArn);
    if (keyRegion && !regions.has(keyRegion)) {
      fail(
        `contactLens.buckets.${i}.kmsKeyArn`,
        `must be in an instance's region (${[...regions].join(", ")}), where the bot reads S3`,
      );
    }
  });
}

/** The checks that span fields; each problem names its path, like the schema's. */
export function checkConfig(config: DeployConfig): string[] {
  const problems: string[] = [];
  const fail = (path: string, why: string) => problems.push(`${path}: ${why}`);
  const { connect, slack, service, cache, vpc } = config;

  if (config.mode === "http" && !config.certificateArn) {
    fail("certificateArn", "is required in http mode (the load balancer listens on HTTPS only)");
  }
  if (config.mode === "socket" && config.certificateArn) {
    fail("certificateArn", "is for http mode: Socket Mode has no load balancer");
  }
  if (config.certificateArn && regionOf(config.certificateArn) !== config.region) {
    fail("certificateArn", `must be in ${config.region}, the load balancer's region`);
  }
  connect.instances.forEach((instance, i) => {
    if (accountOf(instance.arn) !== config.account) {
      fail(`connect.instances.${i}.arn`, `must be in account ${config.account}`);
    }
    if (!connect.flowLogGroup && !instance.alias) {
      fail(`connect.instances.${i}.alias`, "is required unless connect.flowLogGroup is set");
    }
  });
  checkContactLens(config, fail);
  if (slack.secretArn && regionOf(slack.secretArn) !== config.region) {
    fail("slack.secretArn", `must be in ${config.region}: the bot reads it in AWS_REGION`);
  }
  if (service.maxTasks < service.minTasks) fail("service.maxTasks", "must be >= minTasks");
  const memory = FARGATE_MEMORY[service.cpu];
  if (!memory) {
    fail("service.cpu", `must be one of ${Object.keys(FARGATE_MEMORY).join(", ")}`);
  } else {
    const [min, max, step] = memory;
    if (service.memoryMiB < min || service.memoryMiB > max || service.memoryMiB % step !== 0) {
      fail("service.memoryMiB", `must be ${min}–${max} in steps of ${step} for cpu ${service.cpu}`);
    }
  }
  if (!cache.clusterMode && cache.shards !== 1) {
    fail("cache.shards", "must be 1 unless cache.clusterMode");
  }
  if (!RETENTION_DAYS.includes(config.logRetentionDays)) {
    fail("logRetentionDays", `must be one of ${RETENTION_DAYS.join(", ")}`);
  }
  for (const name of Object.keys(config.bot.environment)) {
    if (MANAGED_VARIABLES.includes(name)) fail(`bot.environment.${name}`, "is set by the stack");
    if (SECRET_VARIABLES.includes(name)) {
      fail(`bot.environment.${name}`, "is a credential: put it in the Slack secret");
    }
  }
  if (vpc.kind === "existing") {
    vpc.availabilityZones.forEach((zone, i) => {
      if (!zone.startsWith(config.region)) {
        fail(`vpc.availabilityZones.${i}`, `is not in ${config.region}`);
      }
    });
    const zones = vpc.availabilityZones.length;
    if (vpc.privateSubnetIds.length !== zones) {
      fail("vpc.privateSubnetIds", "needs one subnet per availability zone");
    }
    if (config.mode === "http" && vpc.publicSubnetIds.length !== zones) {
      fail("vpc.publicSubnetIds", "needs one subnet per availability zone in http mode");
    }
  }
  return problems;
}
