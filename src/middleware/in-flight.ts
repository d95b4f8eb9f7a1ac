import type { AnyMiddlewareArgs, Middleware } from "@slack/bolt";

export interface InFlightWork {
  middleware: Middleware<AnyMiddlewareArgs>;
  /** Resolves once every request that reached the middleware has been handled. */
  idle(): Promise<void>;
}

/**
 * Tracks requests from the first middleware to the end of their listeners, whatever brought them
 * (HTTP or Socket Mode), so that shutdown can let them finish after the transport stopped; the
 * gauge (`ccb_in_flight`) shows the same count.
 */
export function inFlightWork(gauge: { inc(): void; dec(): void }): InFlightWork {
  const running = new Set<Promise<void>>();
  return {
    async middleware({ next }) {
      const work = next();
      running.add(work);
      gauge.inc();
      try {
        await work;
      } finally {
        running.delete(work);
        gauge.dec();
      }
    },
    async idle() {
      while (running.size > 0) await Promise.allSettled([...running]);
    },
  };
}
