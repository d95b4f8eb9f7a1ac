import type { CloudWatchLogsClient } from "@aws-sdk/client-cloudwatch-logs";
import type { InstanceRef } from "../config.js";
import { createRegionalClients, type RegionalClients } from "../connect/regional-clients.js";

export type LogsSdk = typeof import("@aws-sdk/client-cloudwatch-logs");

export interface LogsClients {
  /** The SDK module, loaded on first use: most requests never read a flow log. */
  sdk(): Promise<LogsSdk>;
  /** The one client of a configured region; ForeignInstanceError for any other. */
  forRegion(region: string): Promise<CloudWatchLogsClient>;
  destroy(): void;
}

/** One CloudWatchLogsClient per configured region; AWS_ENDPOINT_URL_CLOUDWATCH_LOGS keeps working. */
export function createLogsClients(options: {
  timeoutMs: number;
  instances: readonly InstanceRef[];
}): LogsClients {
  let sdk: Promise<LogsSdk> | undefined;
  let clients: RegionalClients<CloudWatchLogsClient> | undefined;
  const load = () => {
    sdk ??= import("@aws-sdk/client-cloudwatch-logs");
    return sdk;
  };
  return {
    sdk: load,
    async forRegion(region) {
      const { CloudWatchLogsClient } = await load();
      clients ??= createRegionalClients(
        options,
        (_region, config) => new CloudWatchLogsClient(config),
      );
      return clients.forRegion(region);
    },
    destroy: () => clients?.destroy(),
  };
}
