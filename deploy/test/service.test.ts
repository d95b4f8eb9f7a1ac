import { Match } from "aws-cdk-lib/assertions";
import { describe, expect, it } from "vitest";
import { groupIdOf, logicalId } from "./support/logical-id.js";
import { exampleConfig, synth } from "./support/synth.js";

describe("service and cache (config.example.json)", () => {
  const { stack, template } = synth(exampleConfig());
  const container = () =>
    Object.values(template.findResources("AWS::ECS::TaskDefinition"))[0]!.Properties
      .ContainerDefinitions[0];

  it("keeps 2 tasks spread over AZs, rolling with the circuit breaker and rollback", () => {
    template.hasResourceProperties("AWS::ECS::Service", {
      DesiredCount: 2,
      LaunchType: "FARGATE",
      AvailabilityZoneRebalancing: "ENABLED",
      DeploymentConfiguration: {
        DeploymentCircuitBreaker: { Enable: true, Rollback: true },
        MinimumHealthyPercent: 100,
        MaximumPercent: 200,
      },
      NetworkConfiguration: {
        AwsvpcConfiguration: Match.objectLike({ AssignPublicIp: "DISABLED" }),
      },
    });
    template.hasResourceProperties("AWS::ECS::Cluster", {
      ClusterSettings: [{ Name: "containerInsights", Value: "enabled" }],
    });
  });

  it("encrypts the cache in transit and at rest, with an AUTH token from a generated secret", () => {
    template.hasResourceProperties("AWS::ElastiCache::ReplicationGroup", {
      Engine: "valkey",
      TransitEncryptionEnabled: true,
      TransitEncryptionMode: Match.absent(),
      AtRestEncryptionEnabled: true,
      MultiAZEnabled: true,
      AutomaticFailoverEnabled: true,
      NumCacheClusters: 2,
      Port: 6380,
      AuthToken: Match.objectLike({
        "Fn::Join": [
          "",
          Match.arrayWith(["{{resolve:secretsmanager:", { Ref: logicalId(stack.cache.authToken) }]),
        ],
      }),
    });
    template.hasResourceProperties("AWS::SecretsManager::Secret", {
      GenerateSecretString: { ExcludePunctuation: true, PasswordLength: 64 },
    });
  });

  it("puts the cache in isolated subnets, reachable from the tasks' security group only", () => {
    const cacheGroup = stack.cache.securityGroup;
    const ingress = Object.values(template.findResources("AWS::EC2::SecurityGroupIngress"))
      .map((r) => r.Properties)
      .filter((p) => JSON.stringify(p.GroupId) === JSON.stringify(groupIdOf(cacheGroup)));
    expect(ingress).toEqual([
      expect.objectContaining({
        SourceSecurityGroupId: groupIdOf(stack.bot.securityGroup),
        FromPort: 6380,
        ToPort: 6380,
      }),
    ]);
    const group = template.toJSON().Resources[logicalId(cacheGroup)].Properties;
    expect(group.SecurityGroupIngress).toBeUndefined();
    const subnets = template.findResources("AWS::ElastiCache::SubnetGroup");
    const ids = Object.values(subnets)[0]!.Properties.SubnetIds.map((s: { Ref: string }) => s.Ref);
    expect(ids).toHaveLength(2);
    for (const id of ids) expect(id).toMatch(/^VpccacheSubnet/);
  });

  it("gives the tasks the bot's variables, the AUTH token only as the ECS secret REDIS_PASSWORD", () => {
    const { Environment, Secrets, Command, EntryPoint } = container();
    const env = Object.fromEntries(
      Environment.map((e: { Name: string; Value: unknown }) => [e.Name, e.Value]),
    );
    expect(env).toMatchObject({
      CONNECT_INSTANCE_ID: exampleConfig().connect.instances[0]!.arn,
      SLACK_SECRET_ID: exampleConfig().slack.secretArn,
      REDIS_CLUSTER: "false",
      REDIS_URL: {
        "Fn::Join": [
          "",
          ["rediss://", { "Fn::GetAtt": [expect.any(String), "PrimaryEndPoint.Address"] }, ":6380"],
        ],
      },
      CONNECT_REPLICAS: "4",
      ALERT_CHANNEL_IDS: "C0123ALERTS",
      AWS_REGION: "us-east-1",
      PORT: "3000",
    });
    expect(env.REDIS_PASSWORD).toBeUndefined();
    expect(env.ALLOWED_USERGROUP_IDS).toBeUndefined();
    expect(Secrets).toEqual([
      { Name: "REDIS_PASSWORD", ValueFrom: { Ref: logicalId(stack.cache.authToken) } },
    ]);
    // The image's own entry point and command (tini, npm start): no shell builds REDIS_URL.
    expect(Command).toBeUndefined();
    expect(EntryPoint).toBeUndefined();
  });

  it("logs to CloudWatch Logs with the configured retention", () => {
    expect(container().LogConfiguration).toMatchObject({
      LogDriver: "awslogs",
      Options: expect.objectContaining({ mode: "non-blocking" }),
    });
    template.allResourcesProperties("AWS::Logs::LogGroup", { RetentionInDays: 30 });
  });
});
