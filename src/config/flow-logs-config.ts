import { ConfigError } from "../domain/request-errors.js";
import { type Env, num, str } from "./env.js";

export interface FlowLogsConfig {
  /** Unset: `/aws/connect/<instance alias>`, the alias read with DescribeInstance. */
  logGroup?: string;
  /** Client-side token bucket for CloudWatch Logs (FilterLogEvents' quota is 5 per second). */
  maxRps: number;
}

const LOG_GROUP = /^[\w\-./#]{1,512}$/;

/** Where the contacts' flow logs are read from (CONNECT_FLOW_LOG_GROUP, LOGS_MAX_RPS). */
export function flowLogsConfig(env: Env): FlowLogsConfig {
  const logGroup = str(env, "CONNECT_FLOW_LOG_GROUP");
  if (logGroup !== undefined && !LOG_GROUP.test(logGroup)) {
    throw new ConfigError("CONNECT_FLOW_LOG_GROUP", `is not a log group name: "${logGroup}"`);
  }
  return { logGroup, maxRps: num(env, "LOGS_MAX_RPS", 5, 0.01) };
}
