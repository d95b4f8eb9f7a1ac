import type { DeployConfig } from "../../lib/config.js";
import { exampleConfig } from "./synth.js";

export const INSTANCE_A =
  "arn:aws:connect:us-east-1:123456789012:instance/11111111-2222-3333-4444-555555555555";
export const INSTANCE_B =
  "arn:aws:connect:eu-west-2:123456789012:instance/99999999-8888-7777-6666-555555555555";

/** Everything the example does not: Socket Mode, imported VPC, new secret, Redis cluster. */
export function socketConfig(changes: Record<string, unknown> = {}): DeployConfig {
  return exampleConfig({
    mode: "socket",
    certificateArn: undefined,
    connect: {
      instances: [{ arn: INSTANCE_A }, { arn: INSTANCE_B }],
      flowLogGroup: "/connect/flows",
    },
    slack: {},
    vpc: {
      kind: "existing",
      vpcId: "vpc-0123456789abcdef0",
      availabilityZones: ["us-east-1a", "us-east-1b"],
      privateSubnetIds: ["subnet-0aaaaaaaaaaaaaaa1", "subnet-0bbbbbbbbbbbbbbb2"],
    },
    service: { cpuArchitecture: "ARM64", minTasks: 3, maxTasks: 6 },
    cache: { engine: "redis", clusterMode: true, shards: 2, replicasPerShard: 1 },
    ...changes,
  });
}
