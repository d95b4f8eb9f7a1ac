import type { Logger } from "./observability/logger.js";

/**
 * SIGTERM/SIGINT: stop taking requests, let acked work finish, then exit. A second signal exits
 * at once, for the operator who does not want to wait.
 */
export function shutdownOnSignals(target: { stop(): Promise<void> }, logger: Logger): void {
  let stopping = false;
  const onSignal = (signal: NodeJS.Signals) => {
    if (stopping) {
      logger.warn({ signal }, "second signal: exiting now");
      process.exit(1);
    }
    stopping = true;
    logger.info({ signal }, "draining before exit");
    target.stop().then(
      () => process.exit(0),
      (error: unknown) => {
        logger.error({ err: error }, "error while draining");
        process.exit(1);
      },
    );
  };
  process.on("SIGTERM", onSignal);
  process.on("SIGINT", onSignal);
}
