import { ConnectClient, type ConnectClientConfig } from "@aws-sdk/client-connect";
import { NodeHttpHandler } from "@smithy/node-http-handler";
import { gateRetries } from "./retry-gate.js";

export interface ConnectClients {
  /** The one client for `region`, created on first use. */
  forRegion(region: string): ConnectClient;
  destroy(): void;
}

const MAX_CONNECTION_TIMEOUT_MS = 1000;

/**
 * One ConnectClient per region. Credentials come from the SDK's default chain, and no endpoint
 * is set so that the SDK's own AWS_ENDPOINT_URL_CONNECT keeps working. `factory` receives the
 * config it should build from (tests point it at a local server).
 */
export function createConnectClients(options: {
  timeoutMs: number;
  maxAttempts?: number;
  factory?: (region: string, config: ConnectClientConfig) => ConnectClient;
}): ConnectClients {
  const factory = options.factory ?? ((_region, config) => new ConnectClient(config));
  const clients = new Map<string, ConnectClient>();
  return {
    forRegion(region) {
      let client = clients.get(region);
      if (!client) {
        client = factory(region, {
          region,
          maxAttempts: options.maxAttempts ?? 3,
          retryMode: "standard",
          requestHandler: new NodeHttpHandler({
            connectionTimeout: Math.min(options.timeoutMs, MAX_CONNECTION_TIMEOUT_MS),
            requestTimeout: options.timeoutMs,
            // Without this a request past requestTimeout only logs a warning and keeps waiting.
            throwOnRequestTimeout: true,
          }),
        });
        gateRetries(client);
        clients.set(region, client);
      }
      return client;
    },
    destroy() {
      for (const client of clients.values()) client.destroy();
      clients.clear();
    },
  };
}
