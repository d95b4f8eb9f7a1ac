import { Validations } from "aws-cdk-lib";
import {
  FlowLogDestination,
  type IVpc,
  type SubnetSelection,
  SubnetType,
  Vpc,
} from "aws-cdk-lib/aws-ec2";
import type { Construct } from "constructs";
import type { DeployConfig } from "./config.js";
import { retainedLogGroup } from "./log-group.js";

export interface Network {
  vpc: IVpc;
  /** The tasks: private, with a route out (Slack, AWS APIs, the image registry). */
  tasks: SubnetSelection;
  /** The cache: private; isolated in a new VPC. */
  cache: SubnetSelection;
  /** The load balancer: public. */
  public: SubnetSelection;
}

/**
 * A new VPC, or an existing one imported from ids alone: no lookup, so `cdk synth` needs no AWS
 * account or credentials.
 */
export function createNetwork(scope: Construct, config: DeployConfig): Network {
  const { vpc: settings } = config;
  if (settings.kind === "existing") {
    const vpc = Vpc.fromVpcAttributes(scope, "Vpc", {
      vpcId: settings.vpcId,
      availabilityZones: settings.availabilityZones,
      publicSubnetIds: settings.publicSubnetIds.length > 0 ? settings.publicSubnetIds : undefined,
      privateSubnetIds: settings.privateSubnetIds,
    });
    Validations.of(vpc).acknowledge({
      id: "@aws-cdk/aws-ec2:noSubnetRouteTableId",
      reason:
        "Nothing in this stack reads the imported subnets' route tables (no gateway endpoints " +
        "or routes are added), so their ids are not asked for.",
    });
    const tasks = { subnetType: SubnetType.PRIVATE_WITH_EGRESS };
    return { vpc, tasks, cache: tasks, public: { subnetType: SubnetType.PUBLIC } };
  }
  const vpc = new Vpc(scope, "Vpc", {
    maxAzs: settings.maxAzs,
    natGateways: settings.natGateways,
    // Nothing is placed in the default security group; restricting it needs a Lambda-backed
    // custom resource that the stack would otherwise not have.
    restrictDefaultSecurityGroup: false,
    subnetConfiguration: [
      { name: "public", subnetType: SubnetType.PUBLIC, cidrMask: 24 },
      { name: "tasks", subnetType: SubnetType.PRIVATE_WITH_EGRESS, cidrMask: 22 },
      { name: "cache", subnetType: SubnetType.PRIVATE_ISOLATED, cidrMask: 26 },
    ],
  });
  const flowLogs = retainedLogGroup(scope, "VpcFlowLogs", config);
  vpc.addFlowLog("FlowLog", { destination: FlowLogDestination.toCloudWatchLogs(flowLogs) });
  return {
    vpc,
    tasks: { subnetGroupName: "tasks" },
    cache: { subnetGroupName: "cache" },
    public: { subnetGroupName: "public" },
  };
}
