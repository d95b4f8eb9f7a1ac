import { ConnectClient, type ConnectClientConfig } from "@aws-sdk/client-connect";
import type { InstanceRef } from "../config/config.js";
import { createRegionalClients, type RegionalClients } from "../infra/regional-clients.js";

export type ConnectClients = RegionalClients<ConnectClient>;

/**
 * One ConnectClient per region of the configured instances (see createRegionalClients).
 * `factory` receives the config it should build from (tests point it at a local server).
 */
export function createConnectClients(options: {
  timeoutMs: number;
  instances: readonly InstanceRef[];
  maxAttempts?: number;
  factory?: (region: string, config: ConnectClientConfig) => ConnectClient;
}): ConnectClients {
  const factory = options.factory ?? ((_region, config) => new ConnectClient(config));
  return createRegionalClients(options, factory);
}
