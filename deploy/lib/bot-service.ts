import { Duration, Size, Validations } from "aws-cdk-lib";
import { Peer, Port, SecurityGroup } from "aws-cdk-lib/aws-ec2";
import { Platform } from "aws-cdk-lib/aws-ecr-assets";
import {
  AvailabilityZoneRebalancing,
  AwsLogDriverMode,
  Cluster,
  ContainerImage,
  ContainerInsights,
  CpuArchitecture,
  FargateService,
  FargateTaskDefinition,
  LogDriver,
  OperatingSystemFamily,
  type Secret,
} from "aws-cdk-lib/aws-ecs";
import type { ApplicationTargetGroup } from "aws-cdk-lib/aws-elasticloadbalancingv2";
import { Construct } from "constructs";
import type { ScopeContext } from "../iam/scopes.js";
import type { DeployConfig } from "./config.js";
import { BOT_PORT } from "./container-environment.js";
import { retainedLogGroup } from "./log-group.js";
import type { Network } from "./network.js";
import { TaskRole } from "./task-role.js";

export interface BotServiceProps {
  config: DeployConfig;
  network: Network;
  /** The repository root: its Dockerfile builds the image (at deploy, never at synth). */
  imageDirectory: string;
  environment: Record<string, string>;
  secrets: Record<string, Secret>;
  permissions: ScopeContext;
  securityGroup: SecurityGroup;
  /** 0 while the Slack secret is not filled: the bot would fail at start and roll back. */
  desiredCount: number;
}

/** Same probe as the Dockerfile's HEALTHCHECK: the process answers /healthz. */
const HEALTH_PROBE = `fetch('http://127.0.0.1:${BOT_PORT}/healthz').then(r=>process.exit(r.ok?0:1),()=>process.exit(1))`;

/**
 * The tasks' security group: out to HTTPS only (the cache adds its own port, see cache.ts); in,
 * what the load balancer adds in HTTP mode. The VPC's DNS resolver is not filtered by it.
 */
export function taskSecurityGroup(scope: Construct, network: Network): SecurityGroup {
  const group = new SecurityGroup(scope, "TaskSecurityGroup", {
    vpc: network.vpc,
    description: "connect-contact-bot tasks",
    allowAllOutbound: false,
  });
  group.addEgressRule(Peer.anyIpv4(), Port.tcp(443), "HTTPS: Slack, AWS APIs, the image registry");
  return group;
}

/** The bot's tasks on Fargate: image, role, logs, probes, rolling deployments, spread over AZs. */
export class BotService extends Construct {
  readonly service: FargateService;
  readonly securityGroup: SecurityGroup;
  readonly taskRole: TaskRole;

  constructor(scope: Construct, id: string, props: BotServiceProps) {
    super(scope, id);
    const { config, network } = props;
    const { service: sizes } = config;
    const arm = sizes.cpuArchitecture === "ARM64";
    this.taskRole = new TaskRole(this, "TaskRole", props.permissions);
    const cluster = new Cluster(this, "Cluster", {
      vpc: network.vpc,
      containerInsightsV2: ContainerInsights.ENABLED,
    });
    const task = new FargateTaskDefinition(this, "Task", {
      cpu: sizes.cpu,
      memoryLimitMiB: sizes.memoryMiB,
      runtimePlatform: {
        cpuArchitecture: arm ? CpuArchitecture.ARM64 : CpuArchitecture.X86_64,
        operatingSystemFamily: OperatingSystemFamily.LINUX,
      },
      taskRole: this.taskRole,
    });
    task.addContainer("bot", {
      image: ContainerImage.fromAsset(props.imageDirectory, {
        platform: arm ? Platform.LINUX_ARM64 : Platform.LINUX_AMD64,
        // On top of .dockerignore: this CDK app, its cdk.out among it, is not the bot's.
        exclude: ["deploy", ".cache", "coverage"],
      }),
      environment: props.environment,
      secrets: props.secrets,
      portMappings: [{ containerPort: BOT_PORT }],
      healthCheck: {
        command: ["CMD", "node", "-e", HEALTH_PROBE],
        interval: Duration.seconds(30),
        timeout: Duration.seconds(5),
        retries: 3,
        startPeriod: Duration.seconds(30),
      },
      // SIGTERM (tini passes it on) makes the bot stop taking requests, finish what it acked,
      // post queued alert replies at 1/s per channel and exit 0 (src/shutdown.ts, src/app.ts):
      // ECS waits this long before SIGKILL.
      stopTimeout: Duration.seconds(sizes.stopTimeoutSeconds),
      logging: LogDriver.awsLogs({
        streamPrefix: "bot",
        logGroup: retainedLogGroup(this, "Logs", config),
        // A CloudWatch Logs hiccup drops lines rather than blocking the bot's stdout.
        mode: AwsLogDriverMode.NON_BLOCKING,
        maxBufferSize: Size.mebibytes(25),
      }),
    });
    Validations.of(task).acknowledge({
      id: "AwsSolutions-ECS2",
      reason:
        "The plain variables are ids, flags and the cache URL (no credentials); credentials come as ECS " +
        "secrets (REDIS_PASSWORD) or are read by the bot itself (SLACK_SECRET_ID), and " +
        "config-rules.ts refuses credential variables in bot.environment.",
    });
    Validations.of(task.obtainExecutionRole()).acknowledge({
      id: "AwsSolutions-IAM5[Resource::*]",
      reason:
        "ecr:GetAuthorizationToken, which ECS needs to pull the image, has no resource-level " +
        "permissions; the image pull itself is scoped to the asset repository.",
    });
    this.securityGroup = props.securityGroup;
    this.service = new FargateService(this, "Service", {
      cluster,
      taskDefinition: task,
      desiredCount: props.desiredCount,
      vpcSubnets: network.tasks,
      securityGroups: [this.securityGroup],
      assignPublicIp: false,
      availabilityZoneRebalancing: AvailabilityZoneRebalancing.ENABLED,
      minHealthyPercent: 100,
      maxHealthyPercent: 200,
      circuitBreaker: { enable: true, rollback: true },
    });
  }

  /** Scales between minTasks and maxTasks on CPU and, behind the ALB, on requests per task. */
  autoScale(config: DeployConfig, targetGroup?: ApplicationTargetGroup): void {
    const { service } = config;
    const scaling = this.service.autoScaleTaskCount({
      minCapacity: service.minTasks,
      maxCapacity: service.maxTasks,
    });
    const cooldowns = {
      scaleOutCooldown: Duration.seconds(60),
      scaleInCooldown: Duration.seconds(300),
    };
    scaling.scaleOnCpuUtilization("Cpu", {
      targetUtilizationPercent: service.cpuTargetPercent,
      ...cooldowns,
    });
    if (targetGroup) {
      scaling.scaleOnRequestCount("Requests", {
        requestsPerTarget: service.requestsPerTaskPerMinute,
        targetGroup,
        ...cooldowns,
      });
    }
  }
}
