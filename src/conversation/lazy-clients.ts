import type { InstanceRef } from "../config/config.js";
import {
  createRegionalClients,
  type RegionalClientConfig,
  type RegionalClients,
} from "../infra/regional-clients.js";
import type { gateRetries } from "../infra/retry-gate.js";

export interface LazyClients<C> {
  /** The one client for `region`; the SDK module is loaded on the first call. */
  forRegion(region: string): Promise<C>;
  destroy(): void;
}

/**
 * Regional clients (see createRegionalClients) of an SDK module imported on first use: the S3
 * and Contact Lens clients are only needed when someone opens a Conversation section, so start-up
 * does not pay for loading them.
 */
export function createLazyClients<
  C extends Parameters<typeof gateRetries>[0] & { destroy(): void },
>(
  options: { timeoutMs: number; instances: readonly InstanceRef[] },
  load: () => Promise<(region: string, config: RegionalClientConfig) => C>,
): LazyClients<C> {
  let clients: Promise<RegionalClients<C>> | undefined;
  let loaded: RegionalClients<C> | undefined;
  return {
    async forRegion(region) {
      clients ??= load().then((build) => {
        loaded = createRegionalClients(options, build);
        return loaded;
      });
      return (await clients).forRegion(region);
    },
    destroy() {
      loaded?.destroy();
    },
  };
}
