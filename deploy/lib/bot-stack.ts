import { CfnOutput, Fn, Stack } from "aws-cdk-lib";
import { Secret as EcsSecret } from "aws-cdk-lib/aws-ecs";
import type { Construct } from "constructs";
import { BotAlarms } from "./alarms.js";
import { BotService, taskSecurityGroup } from "./bot-service.js";
import { BotCache } from "./cache.js";
import type { DeployConfig } from "./config.js";
import { containerEnvironment } from "./container-environment.js";
import { Ingress, SLACK_PATH } from "./ingress.js";
import { createNetwork } from "./network.js";
import { permissionScope } from "./permissions.js";
import { slackSecret } from "./slack-secret.js";

export interface BotStackProps {
  config: DeployConfig;
  /** The repository root, whose Dockerfile builds the bot's image. */
  imageDirectory: string;
}

/** connect-contact-bot on ECS Fargate with ElastiCache, in HTTP mode or Socket Mode. */
export class BotStack extends Stack {
  readonly bot: BotService;
  readonly cache: BotCache;
  readonly ingress?: Ingress;
  private readonly zones: string[];

  constructor(scope: Construct, props: BotStackProps) {
    const { config } = props;
    super(scope, config.stackName, {
      env: { account: config.account, region: config.region },
      description: `connect-contact-bot (${config.mode} mode) on ECS Fargate with ElastiCache`,
    });
    const { vpc } = config;
    this.zones =
      vpc.kind === "existing"
        ? vpc.availabilityZones
        : Array.from({ length: vpc.maxAzs }, (_, i) => Fn.select(i, Fn.getAzs()));
    const network = createNetwork(this, config);
    const tasks = taskSecurityGroup(this, network);
    this.cache = new BotCache(this, "Cache", { config, network, clients: tasks });
    const { cache } = this;
    const slack = slackSecret(this, config);
    this.bot = new BotService(this, "Bot", {
      config,
      network,
      securityGroup: tasks,
      imageDirectory: props.imageDirectory,
      environment: containerEnvironment(config, slack.secret.secretArn, cache.endpoint),
      secrets: { REDIS_PASSWORD: EcsSecret.fromSecretsManager(cache.authToken) },
      permissions: permissionScope(config, slack.secret.secretArn),
      desiredCount: slack.filled ? config.service.minTasks : 0,
    });
    const { bot } = this;
    if (config.mode === "http" && config.certificateArn) {
      const { certificateArn } = config;
      this.ingress = new Ingress(this, "Ingress", { config, network, bot, certificateArn });
    }
    const { ingress } = this;
    if (slack.filled) bot.autoScale(config, ingress?.targetGroup);
    new BotAlarms(this, "Alarms", { config, bot, ingress, running: slack.filled });

    new CfnOutput(this, "SlackSecretArn", {
      value: slack.secret.secretArn,
      description: slack.filled
        ? "Slack credentials the bot reads (SLACK_SECRET_ID)"
        : "Fill this secret (README, Deploy on AWS), set slack.newSecretFilled and deploy again",
    });
    if (ingress) {
      new CfnOutput(this, "LoadBalancerDnsName", {
        value: ingress.loadBalancer.loadBalancerDnsName,
        description: `Point a DNS name of the certificate here; Slack's URLs: https://<it>${SLACK_PATH}`,
      });
    }
  }

  /**
   * The existing VPC's zones, or the region's first ones as CloudFormation resolves them: CDK
   * would otherwise look them up in the account at synthesis.
   */
  override get availabilityZones(): string[] {
    return this.zones;
  }
}
