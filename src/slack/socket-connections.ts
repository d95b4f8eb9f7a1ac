import { type App, type Logger, SocketModeReceiver } from "@slack/bolt";
import type { WebClientOptions } from "@slack/web-api";

/** Slack allows up to 10 per app; two is enough for one to be open while the other reconnects. */
const CONNECTIONS = 2;
const RETRY_MS = 1000;

export interface SocketConnections {
  start(): Promise<void>;
  stop(): Promise<void>;
}

/**
 * Socket Mode over several connections at once. On Slack's `disconnect` (refresh_requested) or a
 * dropped socket the library closes the connection and waits `clientPingTimeout` (5 s) before it
 * asks for a new one; meanwhile an app with one connection has none. Here every connection is
 * reopened at once and the others keep taking envelopes while it does.
 */
export function createSocketConnections(options: {
  app: App;
  appToken: string;
  logger: Logger;
  clientOptions: WebClientOptions;
  count?: number;
}): SocketConnections {
  const { app, appToken, logger } = options;
  let stopping = false;
  const receivers = Array.from({ length: options.count ?? CONNECTIONS }, () => {
    const receiver = new SocketModeReceiver({
      appToken,
      logger,
      autoReconnectEnabled: false,
      // Socket Mode keeps its own (long) reconnect retries only when retryConfig is unset.
      installerOptions: { clientOptions: { ...options.clientOptions, retryConfig: undefined } },
    });
    receiver.init(app);
    let opening = false;
    const open = async (): Promise<void> => {
      opening = true;
      try {
        await receiver.start();
      } finally {
        opening = false;
      }
    };
    const reopen = (): void => {
      // A connection that fails while opening is retried by the catch below, not twice.
      if (stopping || opening) return;
      open().catch((error: unknown) => {
        logger.warn(`Socket Mode connection failed, retrying: ${String(error)}`);
        setTimeout(reopen, RETRY_MS).unref();
      });
    };
    receiver.client.on("disconnected", reopen);
    return { receiver, open };
  });
  return {
    async start() {
      await Promise.all(receivers.map((r) => r.open()));
    },
    async stop() {
      stopping = true;
      await Promise.all(receivers.map((r) => r.receiver.stop()));
    },
  };
}
