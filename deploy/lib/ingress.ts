import { Duration, RemovalPolicy, Validations } from "aws-cdk-lib";
import { Peer, Port, SecurityGroup } from "aws-cdk-lib/aws-ec2";
import {
  ApplicationLoadBalancer,
  ApplicationProtocol,
  type ApplicationTargetGroup,
  ListenerAction,
  ListenerCertificate,
  ListenerCondition,
  SslPolicy,
} from "aws-cdk-lib/aws-elasticloadbalancingv2";
import { BlockPublicAccess, Bucket, BucketEncryption, ObjectOwnership } from "aws-cdk-lib/aws-s3";
import { Construct } from "constructs";
import type { BotService } from "./bot-service.js";
import type { DeployConfig } from "./config.js";
import { BOT_PORT } from "./container-environment.js";
import type { Network } from "./network.js";

/** The one route Slack uses (README: every request URL is /slack/events). */
export const SLACK_PATH = "/slack/events";

export interface IngressProps {
  config: DeployConfig;
  network: Network;
  bot: BotService;
  certificateArn: string;
}

/**
 * HTTP mode's way in: an internet-facing ALB, HTTPS only (no port 80 listener), forwarding
 * POST /slack/events to the tasks and answering everything else 404 itself, so /metrics,
 * /healthz and /readyz are never public. Its access logs go to a private, encrypted bucket.
 */
export class Ingress extends Construct {
  readonly loadBalancer: ApplicationLoadBalancer;
  readonly targetGroup: ApplicationTargetGroup;

  constructor(scope: Construct, id: string, props: IngressProps) {
    super(scope, id);
    const { config, network } = props;
    const securityGroup = new SecurityGroup(this, "SecurityGroup", {
      vpc: network.vpc,
      description: "connect-contact-bot load balancer: HTTPS from Slack",
      allowAllOutbound: false,
    });
    securityGroup.addIngressRule(Peer.anyIpv4(), Port.tcp(443), "HTTPS from Slack");
    Validations.of(securityGroup).acknowledge({
      id: "AwsSolutions-EC23",
      reason:
        "Slack calls from addresses it does not publish as a fixed list; every request must " +
        "carry a valid Slack signature (checked by the bot) and only POST /slack/events passes.",
    });
    this.loadBalancer = new ApplicationLoadBalancer(this, "LoadBalancer", {
      vpc: network.vpc,
      vpcSubnets: network.public,
      internetFacing: true,
      securityGroup,
      dropInvalidHeaderFields: true,
    });
    this.loadBalancer.logAccessLogs(this.accessLogBucket(config), "alb");
    const listener = this.loadBalancer.addListener("Https", {
      port: 443,
      protocol: ApplicationProtocol.HTTPS,
      certificates: [ListenerCertificate.fromArn(props.certificateArn)],
      sslPolicy: SslPolicy.RECOMMENDED_TLS,
      open: false,
      defaultAction: ListenerAction.fixedResponse(404, {
        contentType: "text/plain",
        messageBody: "Not Found",
      }),
    });
    this.targetGroup = listener.addTargets("Slack", {
      priority: 10,
      conditions: [
        ListenerCondition.pathPatterns([SLACK_PATH]),
        ListenerCondition.httpRequestMethods(["POST"]),
      ],
      port: BOT_PORT,
      protocol: ApplicationProtocol.HTTP,
      targets: [props.bot.service],
      // Slack needs its ack within 3 s, so a request in flight is short; the bot drains the
      // work it acked on SIGTERM, which ECS sends after this delay.
      deregistrationDelay: Duration.seconds(30),
      healthCheck: {
        path: "/readyz",
        healthyHttpCodes: "200",
        interval: Duration.seconds(15),
        timeout: Duration.seconds(5),
        healthyThresholdCount: 2,
        unhealthyThresholdCount: 3,
      },
    });
  }

  private accessLogBucket(config: DeployConfig): Bucket {
    const bucket = new Bucket(this, "AccessLogs", {
      // The only encryption ALB access logs support.
      encryption: BucketEncryption.S3_MANAGED,
      enforceSSL: true,
      blockPublicAccess: BlockPublicAccess.BLOCK_ALL,
      objectOwnership: ObjectOwnership.BUCKET_OWNER_ENFORCED,
      lifecycleRules: [{ expiration: Duration.days(config.logRetentionDays) }],
      removalPolicy: RemovalPolicy.RETAIN,
    });
    Validations.of(bucket).acknowledge({
      id: "AwsSolutions-S1",
      reason:
        "This bucket holds the load balancer's access logs; logging access to the log bucket " +
        "would need another bucket, and so on.",
    });
    return bucket;
  }
}
