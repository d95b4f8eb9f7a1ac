import { pathToFileURL } from "node:url";
import { App } from "@slack/bolt";
import { type Config, loadConfig } from "./config/config.js";
import { startOpsServer } from "./infra/ops-server.js";
import { registerListeners } from "./listeners/index.js";
import { inFlightWork } from "./middleware/in-flight.js";
import { opsRoutes } from "./ops/ops-routes.js";
import { createRuntime, type Runtime } from "./runtime.js";
import { shutdownOnSignals } from "./shutdown.js";
import { createAuthorizer } from "./slack/authorize.js";
import { boltLogger } from "./slack/bolt-logger.js";
import { HttpReceiver } from "./slack/http-receiver.js";
import { createOverloadGuard } from "./slack/overload-guard.js";
import { createSocketConnections } from "./slack/socket-connections.js";
import { webClientOptions } from "./slack/web-client-options.js";

export interface RunningApp {
  app: App;
  runtime: Runtime;
  /** The HTTP port actually bound (useful with PORT=0). */
  port: number;
  /** The port serving `/metrics` alone, when METRICS_PORT is set. */
  metricsPort?: number;
  /** Stops taking requests, finishes what was acked, closes connections. */
  stop(): Promise<void>;
}

/**
 * Builds and starts the bot: config in, running Bolt app out. The HTTP receiver always runs, for
 * the probes and metrics on PORT; with an app token, Slack's requests come over Socket Mode into
 * the same app (Bolt's own Socket Mode receiver cannot report the port it bound, nor wait for it).
 */
export async function startApp(config: Readonly<Config>, runtime?: Runtime): Promise<RunningApp> {
  const deps = runtime ?? (await createRuntime(config));
  const logger = boltLogger(deps.logger);
  const clientOptions = webClientOptions({
    apiUrl: config.slack.apiUrl,
    timeoutMs: config.slack.timeoutMs,
    logger: deps.logger,
  });
  const authorizer = createAuthorizer(deps.credentials, clientOptions);
  let draining = false;
  let starting = true;
  const ready = deps.ready().finally(() => {
    starting = false;
  });
  const { appToken } = await deps.credentials.current();
  const { "/metrics": metrics, ...probes } = opsRoutes(
    deps,
    authorizer,
    () => draining,
    () => starting,
  );
  const { metricsPort } = config.http;
  const bounds = {
    ...config.http,
    onRefused: () => deps.metrics.overloadRefused.inc({ reason: "connections" }),
  };
  const work = inFlightWork(deps.metrics.inFlight);
  // One guard for HTTP and Socket Mode: whichever brings the request, the bot is as busy.
  const refuse = createOverloadGuard({
    config: config.overload,
    load: () => work.load(),
    logger: deps.logger,
    metrics: deps.metrics,
  });
  const receiver = new HttpReceiver({
    credentials: deps.credentials,
    logger,
    slackEvents: !appToken,
    ready,
    routes: metricsPort === undefined ? { ...probes, "/metrics": metrics } : probes,
    bounds,
    onRejected: (reason) => deps.metrics.slackApiErrors.inc({ method: "inbound", error: reason }),
    refuse,
  });
  // Bolt writes into the options it is given, so it gets its own copy. Without logLevel Bolt
  // would set its logger to info and LOG_LEVEL=debug would never show Bolt's own debug lines.
  const app = new App({
    receiver,
    authorize: authorizer.authorize,
    clientOptions: { ...clientOptions },
    logger,
    logLevel: logger.getLevel(),
    // No listener keeps conversation state; Bolt's default store is a lookup on every request.
    convoStore: false,
  });
  app.use(work.middleware);
  registerListeners(app, deps);
  const socket = appToken
    ? createSocketConnections({ app, appToken, logger, clientOptions, refuse })
    : undefined;
  await app.start(config.port);
  const metricsServer =
    metricsPort === undefined
      ? undefined
      : await startOpsServer({ "/metrics": metrics }, metricsPort, bounds, (error) =>
          deps.logger.error({ err: error }, "metrics request failed"),
        );
  // The port answers the probes (503 meanwhile) while Redis is awaited; Slack's requests wait.
  await ready;
  await socket?.start();
  // Fills the bot's identity (and the readiness state) before the first request needs it.
  await authorizer.current().catch((error: unknown) => {
    deps.logger.warn({ err: error }, "Slack auth.test failed at start");
  });
  const port = receiver.port();
  deps.logger.info({ port, mode: socket ? "socket" : "http" }, "connect-contact-bot started");
  return {
    app,
    runtime: deps,
    port,
    ...(metricsServer ? { metricsPort: metricsServer.port } : {}),
    async stop() {
      draining = true;
      await socket?.stop();
      await app.stop();
      await work.idle();
      await deps.threadPoster.drain();
      await deps.close();
      await metricsServer?.stop();
    },
  };
}

/** The process's entry (scripts/start.mjs, or `node dist/src/app.js`): start, drain on SIGTERM. */
export async function runMain(): Promise<void> {
  try {
    const running = await startApp(loadConfig());
    shutdownOnSignals(running, running.runtime.logger);
  } catch (error) {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) void runMain();
