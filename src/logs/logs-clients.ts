import { CloudWatchLogsClient } from "@aws-sdk/client-cloudwatch-logs";
import type { InstanceRef } from "../config.js";
import { createRegionalClients, type RegionalClients } from "../connect/regional-clients.js";

export type LogsClients = RegionalClients<CloudWatchLogsClient>;

/** One CloudWatchLogsClient per configured region; AWS_ENDPOINT_URL_CLOUDWATCH_LOGS keeps working. */
export function createLogsClients(options: {
  timeoutMs: number;
  instances: readonly InstanceRef[];
}): LogsClients {
  return createRegionalClients(options, (_region, config) => new CloudWatchLogsClient(config));
}
