import type {
  AnalysisBucketTarget,
  InstanceTarget,
  KmsKeyTarget,
  LogGroupTarget,
  ScopeContext,
} from "../iam/scopes.js";
import { type DeployConfig, INSTANCE_ARN } from "./config.js";

/**
 * What the task role's statements are scoped to: the configured instances, the log group of
 * each one's flow logs (CONNECT_FLOW_LOG_GROUP, or /aws/connect/<alias> as the bot reads it)
 * in the instance's own region, the Slack secret, and the Contact Lens buckets and their keys.
 */
export function permissionScope(config: DeployConfig, slackSecretArn: string): ScopeContext {
  const flowLogGroups = new Map<string, LogGroupTarget>();
  const instances = config.connect.instances.map((instance): InstanceTarget => {
    const [, partition = "", region = "", account = "", instanceId = ""] =
      INSTANCE_ARN.exec(instance.arn) ?? [];
    const name = config.connect.flowLogGroup ?? `/aws/connect/${instance.alias}`;
    flowLogGroups.set(`${region}:${account}:${name}`, { partition, region, account, name });
    return { partition, region, account, instanceId };
  });
  // S3 ARNs name no region or account; the instances' partition is the stack's.
  const partition = instances[0]?.partition ?? "aws";
  const { buckets, prefix } = config.contactLens;
  const analysisBuckets = buckets.map(
    (bucket): AnalysisBucketTarget => ({ partition, bucket: bucket.name, prefix }),
  );
  const analysisKeys = buckets.flatMap(({ kmsKeyArn }): KmsKeyTarget[] => {
    if (!kmsKeyArn) return [];
    const [, keyPartition = "", , region = ""] = kmsKeyArn.split(":");
    return [{ arn: kmsKeyArn, partition: keyPartition, region }];
  });
  return {
    instances,
    flowLogGroups: [...flowLogGroups.values()],
    slackSecretArn,
    analysisBuckets,
    analysisKeys,
  };
}
