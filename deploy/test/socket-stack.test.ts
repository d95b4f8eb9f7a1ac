import { Match } from "aws-cdk-lib/assertions";
import { describe, expect, it } from "vitest";
import { logicalId } from "./support/logical-id.js";
import { synth } from "./support/synth.js";
import { INSTANCE_A, INSTANCE_B, socketConfig } from "./support/variants.js";

const environmentOf = (template: ReturnType<typeof synth>["template"]) => {
  const task = Object.values(template.findResources("AWS::ECS::TaskDefinition"))[0]!;
  const variables: { Name: string; Value: unknown }[] =
    task.Properties.ContainerDefinitions[0].Environment;
  return Object.fromEntries(variables.map((v) => [v.Name, v.Value]));
};

describe("Socket Mode, existing VPC, new Slack secret not yet filled", () => {
  const { stack, template } = synth(socketConfig());

  it("has no load balancer and lets nothing into the tasks", () => {
    const types = Object.values(template.toJSON().Resources).map(
      (r) => (r as { Type: string }).Type,
    );
    expect(types.filter((type) => type.includes("ElasticLoadBalancing"))).toEqual([]);
    expect(types).toContain("AWS::ECS::Service");
    const toTasks = Object.values(template.findResources("AWS::EC2::SecurityGroupIngress")).filter(
      (r) => JSON.stringify(r.Properties.GroupId).includes(logicalId(stack.bot.securityGroup)),
    );
    expect(toTasks).toEqual([]);
  });

  it("creates the Slack secret with empty values and holds the service at 0 tasks", () => {
    template.hasResourceProperties("AWS::SecretsManager::Secret", {
      SecretString: JSON.stringify({ botToken: "", signingSecret: "", appToken: "" }),
    });
    template.hasResourceProperties("AWS::ECS::Service", { DesiredCount: 0 });
    template.resourceCountIs("AWS::ApplicationAutoScaling::ScalableTarget", 0);
    const secret = stack.node.findChild("SlackCredentials");
    expect(environmentOf(template).SLACK_SECRET_ID).toEqual({ Ref: logicalId(secret) });
  });

  it("imports the VPC by ids and places tasks and cache in its private subnets", () => {
    template.resourceCountIs("AWS::EC2::VPC", 0);
    const subnets = ["subnet-0aaaaaaaaaaaaaaa1", "subnet-0bbbbbbbbbbbbbbb2"];
    template.hasResourceProperties("AWS::ECS::Service", {
      NetworkConfiguration: { AwsvpcConfiguration: Match.objectLike({ Subnets: subnets }) },
    });
    template.hasResourceProperties("AWS::ElastiCache::SubnetGroup", { SubnetIds: subnets });
  });

  it("runs Redis OSS in cluster mode and tells the bot (REDIS_CLUSTER, configuration endpoint)", () => {
    template.hasResourceProperties("AWS::ElastiCache::ReplicationGroup", {
      Engine: "redis",
      ClusterMode: "enabled",
      NumNodeGroups: 2,
      ReplicasPerNodeGroup: 1,
      CacheParameterGroupName: "default.redis7.cluster.on",
      TransitEncryptionEnabled: true,
      AtRestEncryptionEnabled: true,
    });
    expect(environmentOf(template)).toMatchObject({
      REDIS_CLUSTER: "true",
      REDIS_URL: {
        "Fn::Join": [
          "",
          [
            "rediss://",
            { "Fn::GetAtt": [expect.any(String), "ConfigurationEndPoint.Address"] },
            ":6380",
          ],
        ],
      },
      CONNECT_INSTANCE_ID: `${INSTANCE_A},${INSTANCE_B}`,
      CONNECT_FLOW_LOG_GROUP: "/connect/flows",
      CONNECT_REPLICAS: "6",
    });
  });

  it("runs ARM64 tasks", () => {
    template.hasResourceProperties("AWS::ECS::TaskDefinition", {
      RuntimePlatform: { CpuArchitecture: "ARM64", OperatingSystemFamily: "LINUX" },
    });
  });
});

describe("Socket Mode once the new secret is filled", () => {
  const { template } = synth(socketConfig({ slack: { newSecretFilled: true } }));

  it("starts the minimum of tasks and scales on CPU alone", () => {
    template.hasResourceProperties("AWS::ECS::Service", { DesiredCount: 3 });
    template.hasResourceProperties("AWS::ApplicationAutoScaling::ScalableTarget", {
      MinCapacity: 3,
      MaxCapacity: 6,
    });
    const policies = Object.values(
      template.findResources("AWS::ApplicationAutoScaling::ScalingPolicy"),
    );
    expect(
      policies.map(
        (p) =>
          p.Properties.TargetTrackingScalingPolicyConfiguration.PredefinedMetricSpecification
            .PredefinedMetricType,
      ),
    ).toEqual(["ECSServiceAverageCPUUtilization"]);
    template.hasResourceProperties("AWS::CloudWatch::Alarm", {
      MetricName: "RunningTaskCount",
      Threshold: 3,
    });
  });
});
