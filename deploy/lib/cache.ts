import { Validations } from "aws-cdk-lib";
import { type ISecurityGroup, Port, SecurityGroup } from "aws-cdk-lib/aws-ec2";
import { CfnReplicationGroup, CfnSubnetGroup } from "aws-cdk-lib/aws-elasticache";
import { Secret } from "aws-cdk-lib/aws-secretsmanager";
import { Construct } from "constructs";
import type { DeployConfig } from "./config.js";
import type { RedisEndpoint } from "./container-environment.js";
import type { Network } from "./network.js";

/** Not the engine's default 6379 (cdk-nag AwsSolutions-AEC5): the security group is the control. */
export const CACHE_PORT = 6380;

const ENGINES = {
  valkey: { version: "8.0", clusterParameterGroup: "default.valkey8.cluster.on" },
  redis: { version: "7.1", clusterParameterGroup: "default.redis7.cluster.on" },
};

export interface BotCacheProps {
  config: DeployConfig;
  network: Network;
  /** The tasks' security group, the only one let in. */
  clients: ISecurityGroup;
}

/**
 * ElastiCache (Valkey or Redis OSS) for the replicas' shared cache, limiters and locks:
 * encrypted in transit (TLS required) and at rest, an AUTH token from a generated secret,
 * Multi-AZ with automatic failover, in private subnets, reachable from the tasks only.
 */
export class BotCache extends Construct {
  readonly authToken: Secret;
  readonly endpoint: RedisEndpoint;
  readonly securityGroup: SecurityGroup;

  constructor(scope: Construct, id: string, props: BotCacheProps) {
    super(scope, id);
    const { cache } = props.config;
    const { vpc } = props.network;
    this.securityGroup = new SecurityGroup(this, "SecurityGroup", {
      vpc,
      description: "connect-contact-bot cache: from the tasks only",
      allowAllOutbound: false,
    });
    // Both sides: ingress here, and egress on the tasks' group, which allows nothing by default.
    this.securityGroup.connections.allowFrom(props.clients, Port.tcp(CACHE_PORT), "bot tasks");
    this.authToken = new Secret(this, "AuthToken", {
      description: "AUTH token of the bot's ElastiCache replication group",
      // Alphanumeric: ElastiCache refuses some punctuation (@, ", /) in an AUTH token.
      generateSecretString: { excludePunctuation: true, passwordLength: 64 },
    });
    Validations.of(this.authToken).acknowledge({
      id: "AwsSolutions-SMG4",
      reason:
        "Rotating an ElastiCache AUTH token is a ModifyReplicationGroup ROTATE then SET plus a " +
        "task restart, done by the operator (docs/deploy.md); no managed rotation exists for it.",
    });
    const subnets = new CfnSubnetGroup(this, "Subnets", {
      description: "connect-contact-bot cache",
      subnetIds: vpc.selectSubnets(props.network.cache).subnetIds,
    });
    const engine = ENGINES[cache.engine];
    const group = new CfnReplicationGroup(this, "ReplicationGroup", {
      replicationGroupDescription: "connect-contact-bot shared cache",
      engine: cache.engine,
      engineVersion: engine.version,
      cacheNodeType: cache.nodeType,
      port: CACHE_PORT,
      cacheSubnetGroupName: subnets.ref,
      securityGroupIds: [this.securityGroup.securityGroupId],
      // TLS from creation means TLS only ("required"); "preferred" exists for migrations.
      transitEncryptionEnabled: true,
      atRestEncryptionEnabled: true,
      authToken: this.authToken.secretValue.unsafeUnwrap(),
      automaticFailoverEnabled: true,
      multiAzEnabled: true,
      autoMinorVersionUpgrade: true,
      ...(cache.clusterMode
        ? {
            clusterMode: "enabled",
            cacheParameterGroupName: engine.clusterParameterGroup,
            numNodeGroups: cache.shards,
            replicasPerNodeGroup: cache.replicasPerShard,
          }
        : { numCacheClusters: 1 + cache.replicasPerShard }),
    });
    this.endpoint = {
      host: cache.clusterMode
        ? group.attrConfigurationEndPointAddress
        : group.attrPrimaryEndPointAddress,
      port: String(CACHE_PORT),
    };
  }
}
