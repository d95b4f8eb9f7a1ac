import type { CloudWatchLogsClient, FilterLogEventsCommand } from "@aws-sdk/client-cloudwatch-logs";
import type { InstanceRef } from "../config/config.js";
import { createRegionalClients, type RegionalClients } from "../infra/regional-clients.js";

/** What the bot uses of the CloudWatch Logs SDK (deploy/ checks its IAM policy against this). */
export interface LogsSdk {
  CloudWatchLogsClient: typeof CloudWatchLogsClient;
  FilterLogEventsCommand: typeof FilterLogEventsCommand;
}

async function importSdk(): Promise<LogsSdk> {
  const { CloudWatchLogsClient, FilterLogEventsCommand } = await import(
    "@aws-sdk/client-cloudwatch-logs"
  );
  return { CloudWatchLogsClient, FilterLogEventsCommand };
}

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
    sdk ??= importSdk();
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
