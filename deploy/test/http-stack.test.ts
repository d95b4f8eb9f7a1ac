import { existsSync } from "node:fs";
import { join } from "node:path";
import { Match } from "aws-cdk-lib/assertions";
import { describe, expect, it } from "vitest";
import { REPO_ROOT } from "../lib/bot-app.js";
import { groupIdOf } from "./support/logical-id.js";
import { exampleConfig, synth } from "./support/synth.js";

describe("HTTP mode stack (config.example.json)", () => {
  const { stack, template, images } = synth(exampleConfig());
  const ingress = stack.ingress!;
  const albGroup = ingress.loadBalancer.connections.securityGroups[0]!;
  const resources = (type: string) => Object.values(template.findResources(type));

  it("listens on HTTPS only, with the given certificate and a modern TLS policy", () => {
    template.resourceCountIs("AWS::ElasticLoadBalancingV2::Listener", 1);
    template.hasResourceProperties("AWS::ElasticLoadBalancingV2::Listener", {
      Port: 443,
      Protocol: "HTTPS",
      Certificates: [{ CertificateArn: exampleConfig().certificateArn }],
      SslPolicy: Match.stringLikeRegexp("TLS13"),
      DefaultActions: [
        { Type: "fixed-response", FixedResponseConfig: Match.objectLike({ StatusCode: "404" }) },
      ],
    });
    template.hasResourceProperties("AWS::ElasticLoadBalancingV2::LoadBalancer", {
      Scheme: "internet-facing",
      LoadBalancerAttributes: Match.arrayWith([
        { Key: "routing.http.drop_invalid_header_fields.enabled", Value: "true" },
        { Key: "access_logs.s3.enabled", Value: "true" },
      ]),
    });
  });

  it("forwards only POST /slack/events to the tasks", () => {
    template.resourceCountIs("AWS::ElasticLoadBalancingV2::ListenerRule", 1);
    template.hasResourceProperties("AWS::ElasticLoadBalancingV2::ListenerRule", {
      Conditions: [
        { Field: "path-pattern", PathPatternConfig: { Values: ["/slack/events"] } },
        { Field: "http-request-method", HttpRequestMethodConfig: { Values: ["POST"] } },
      ],
      Actions: [Match.objectLike({ Type: "forward" })],
    });
  });

  it("checks targets on /readyz and containers on /healthz", () => {
    template.hasResourceProperties("AWS::ElasticLoadBalancingV2::TargetGroup", {
      Port: 3000,
      HealthCheckPath: "/readyz",
      Matcher: { HttpCode: "200" },
      TargetGroupAttributes: Match.arrayWith([
        { Key: "deregistration_delay.timeout_seconds", Value: "30" },
      ]),
    });
    template.hasResourceProperties("AWS::ECS::TaskDefinition", {
      ContainerDefinitions: [
        Match.objectLike({
          HealthCheck: Match.objectLike({
            Command: ["CMD", "node", "-e", Match.stringLikeRegexp("/healthz")],
          }),
          StopTimeout: 120,
        }),
      ],
    });
  });

  it("admits the internet to the load balancer on 443 only, and the tasks from it only", () => {
    const albRules =
      template.toJSON().Resources[stack.getLogicalId(albGroup.node.defaultChild as never)];
    expect(albRules.Properties.SecurityGroupIngress).toEqual([
      expect.objectContaining({ CidrIp: "0.0.0.0/0", FromPort: 443, ToPort: 443 }),
    ]);
    const toTasks = resources("AWS::EC2::SecurityGroupIngress").filter(
      (r) =>
        JSON.stringify(r.Properties.GroupId) === JSON.stringify(groupIdOf(stack.bot.securityGroup)),
    );
    expect(toTasks.map((r) => r.Properties)).toEqual([
      expect.objectContaining({ SourceSecurityGroupId: groupIdOf(albGroup), FromPort: 3000 }),
    ]);
    const fromAlb = resources("AWS::EC2::SecurityGroupEgress").filter(
      (r) => JSON.stringify(r.Properties.GroupId) === JSON.stringify(groupIdOf(albGroup)),
    );
    expect(fromAlb.map((r) => r.Properties)).toEqual([
      expect.objectContaining({ DestinationSecurityGroupId: groupIdOf(stack.bot.securityGroup) }),
    ]);
  });

  it("scales between 2 and 4 tasks on CPU and on requests per task", () => {
    template.hasResourceProperties("AWS::ApplicationAutoScaling::ScalableTarget", {
      MinCapacity: 2,
      MaxCapacity: 4,
    });
    for (const [metric, target] of [
      ["ECSServiceAverageCPUUtilization", 60],
      ["ALBRequestCountPerTarget", 1200],
    ] as const) {
      template.hasResourceProperties("AWS::ApplicationAutoScaling::ScalingPolicy", {
        TargetTrackingScalingPolicyConfiguration: Match.objectLike({
          PredefinedMetricSpecification: Match.objectLike({ PredefinedMetricType: metric }),
          TargetValue: target,
        }),
      });
    }
  });

  it("alarms on 5xx, unhealthy targets and missing tasks", () => {
    for (const metric of [
      "HTTPCode_ELB_5XX_Count",
      "HTTPCode_Target_5XX_Count",
      "UnHealthyHostCount",
      "RunningTaskCount",
    ]) {
      template.hasResourceProperties("AWS::CloudWatch::Alarm", { MetricName: metric });
    }
  });

  it("runs an x86 task of 0.5 vCPU / 1 GiB from the repository's Dockerfile", () => {
    template.hasResourceProperties("AWS::ECS::TaskDefinition", {
      Cpu: "512",
      Memory: "1024",
      RuntimePlatform: { CpuArchitecture: "X86_64", OperatingSystemFamily: "LINUX" },
    });
    // Built by `cdk deploy` (cdk-assets) from the repository root; `cdk synth` only records it.
    expect(images).toEqual([{ directory: REPO_ROOT.replace(/\/$/, ""), platform: "linux/amd64" }]);
    expect(existsSync(join(images[0]!.directory, "Dockerfile"))).toBe(true);
  });
});
