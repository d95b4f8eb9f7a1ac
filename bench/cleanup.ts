interface Resource {
  name: string;
  stop: () => Promise<void>;
  /** Synchronous last resort (SIGKILL) for when the process exits before stop() finished. */
  kill?: () => void;
}

export interface Cleanup {
  /** Registers something to stop; the returned function unregisters it (already stopped). */
  add(name: string, stop: () => Promise<void>, kill?: () => void): () => void;
  /** Stops everything still registered, newest first; never throws. */
  run(): Promise<void>;
}

const STOP_TIMEOUT_MS = 5000;

/**
 * Everything the bench starts (bot, redis-server, fake servers, aws CLI) is registered here, so
 * that an error, Ctrl-C or SIGTERM still stops all of it; a second signal kills at once.
 */
export function createCleanup(log: (line: string) => void = console.error): Cleanup {
  const resources: Resource[] = [];
  let running: Promise<void> | undefined;

  const killAll = () => {
    for (const resource of resources.splice(0).reverse()) resource.kill?.();
  };

  async function stopAll(): Promise<void> {
    while (resources.length > 0) {
      const resource = resources.pop()!;
      let timer: NodeJS.Timeout | undefined;
      const timeout = new Promise<void>((resolve) => {
        timer = setTimeout(() => {
          log(`bench: ${resource.name} did not stop within ${STOP_TIMEOUT_MS} ms, killing it`);
          resource.kill?.();
          resolve();
        }, STOP_TIMEOUT_MS);
      });
      await Promise.race([resource.stop().catch(() => resource.kill?.()), timeout]);
      clearTimeout(timer);
    }
  }

  let signals = 0;
  const onSignal = (signal: NodeJS.Signals) => {
    signals += 1;
    if (signals > 1) {
      killAll();
      process.exit(1);
    }
    log(`bench: ${signal}, stopping everything it started…`);
    void cleanup.run().then(() => process.exit(signal === "SIGINT" ? 130 : 143));
  };
  process.on("SIGINT", onSignal);
  process.on("SIGTERM", onSignal);
  process.on("exit", killAll);

  const cleanup: Cleanup = {
    add(name, stop, kill) {
      const resource: Resource = { name, stop, kill };
      resources.push(resource);
      return () => {
        const index = resources.indexOf(resource);
        if (index >= 0) resources.splice(index, 1);
      };
    },
    run() {
      running ??= stopAll();
      return running;
    },
  };
  return cleanup;
}
