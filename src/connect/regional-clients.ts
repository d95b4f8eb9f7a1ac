import { NodeHttpHandler } from "@smithy/node-http-handler";
import { gateRetries } from "./retry-gate.js";

/** The config every AWS SDK client of the bot is built from (tests point them at emulators). */
export interface RegionalClientConfig {
  region: string;
  maxAttempts: number;
  retryMode: "standard";
  requestHandler: NodeHttpHandler;
}

export interface RegionalClients<C> {
  /** The one client for `region`, created on first use. */
  forRegion(region: string): C;
  destroy(): void;
}

const MAX_CONNECTION_TIMEOUT_MS = 1000;

/**
 * One SDK client per region, its timeouts bounded and its retries queued behind the rate limiter
 * (see gateRetries). Credentials come from the SDK's default chain, and no endpoint is set, so
 * the SDK's own AWS_ENDPOINT_URL_<SERVICE> keeps working.
 */
export function createRegionalClients<C extends Parameters<typeof gateRetries>[0] & Destroyable>(
  options: { timeoutMs: number; maxAttempts?: number },
  build: (region: string, config: RegionalClientConfig) => C,
): RegionalClients<C> {
  const clients = new Map<string, C>();
  return {
    forRegion(region) {
      let client = clients.get(region);
      if (!client) {
        client = build(region, {
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

interface Destroyable {
  destroy(): void;
}
