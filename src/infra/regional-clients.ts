import { NodeHttpHandler } from "@smithy/node-http-handler";
import type { InstanceRef } from "../config/config.js";
import { ForeignInstanceError } from "../domain/errors.js";
import { gateRetries } from "./retry-gate.js";

/** The config every AWS SDK client of the bot is built from (tests point them at emulators). */
export interface RegionalClientConfig {
  region: string;
  maxAttempts: number;
  retryMode: "standard";
  requestHandler: NodeHttpHandler;
}

export interface RegionalClients<C> {
  /** The one client for `region`, created on first use; ForeignInstanceError for any other region. */
  forRegion(region: string): C;
  destroy(): void;
}

const MAX_CONNECTION_TIMEOUT_MS = 1000;

/**
 * One SDK client per region of the configured `instances`, its timeouts bounded and its retries
 * queued behind the rate limiter (see gateRetries). Any other region is refused, so no text a user
 * shows the bot can add clients (each holds sockets and caches, never freed). Credentials come
 * from the SDK's default chain, and no endpoint is set, so the SDK's own
 * AWS_ENDPOINT_URL_<SERVICE> keeps working.
 */
export function createRegionalClients<C extends Parameters<typeof gateRetries>[0] & Destroyable>(
  options: { timeoutMs: number; maxAttempts?: number; instances: readonly InstanceRef[] },
  build: (region: string, config: RegionalClientConfig) => C,
): RegionalClients<C> {
  const regions = new Set(options.instances.map((instance) => instance.region));
  const clients = new Map<string, C>();
  return {
    forRegion(region) {
      let client = clients.get(region);
      if (!client) {
        if (!regions.has(region)) throw new ForeignInstanceError(undefined, region);
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
