import { type App, type Logger, type ReceiverEvent, SocketModeReceiver } from "@slack/bolt";
import type { WebClientOptions } from "@slack/web-api";
import { renderError } from "../../blocks/error-message.js";
import { BotError } from "../domain/errors.js";
import type { RequestKind } from "./overload-guard.js";

/** Slack allows up to 10 per app; two is enough for one to be open while the other reconnects. */
const CONNECTIONS = 2;
const RETRY_MS = 1000;

export interface SocketConnections {
  start(): Promise<void>;
  stop(): Promise<void>;
}

/**
 * The app as the Socket Mode receivers see it, behind the same overload guard as HTTP: a refused
 * envelope is not worked on. Like HTTP's 503 it is not acknowledged, so Slack redelivers an event
 * (`retry_attempt`) and shows a click or a modal submission as failed. A slash command is never
 * redelivered: it is acknowledged with a note, shown at once instead of Slack's timeout 3 s later.
 */
function guardedApp(app: App, refuse: (kind: RequestKind) => string | undefined): App {
  const processEvent = async (event: ReceiverEvent): Promise<void> => {
    const reason = refuse(event.body.type === "event_callback" ? "event" : "interactive");
    if (reason) {
      if (typeof event.body.command !== "string") return;
      await event.ack({
        response_type: "ephemeral",
        ...renderError(new BotError("OVERLOADED", `refused: ${reason}`)),
      });
      return;
    }
    await app.processEvent(event);
  };
  return new Proxy(app, {
    get: (target, key) => (key === "processEvent" ? processEvent : Reflect.get(target, key)),
  });
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
  /** The overload guard: a reason refuses an envelope before it is worked on. */
  refuse?: (kind: RequestKind) => string | undefined;
  count?: number;
}): SocketConnections {
  const { appToken, logger } = options;
  const app = options.refuse ? guardedApp(options.app, options.refuse) : options.app;
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
