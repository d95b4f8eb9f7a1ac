import { LogGroup, type RetentionDays } from "aws-cdk-lib/aws-logs";
import type { Construct } from "constructs";
import type { DeployConfig } from "./config.js";

/**
 * A log group kept for `logRetentionDays` (checked against CloudWatch's values in
 * config-rules.ts), and kept when the stack is deleted: the bot's logs hold the audit lines.
 */
export function retainedLogGroup(scope: Construct, id: string, config: DeployConfig): LogGroup {
  return new LogGroup(scope, id, { retention: config.logRetentionDays as RetentionDays });
}
