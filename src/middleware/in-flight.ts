import type { AnyMiddlewareArgs, Middleware } from "@slack/bolt";
import type { LoadSample } from "../slack/overload-guard.js";
import { recentAverage } from "../slack/recent-average.js";

export interface InFlightWork {
  middleware: Middleware<AnyMiddlewareArgs>;
  /** Resolves once every request that reached the middleware has been handled. */
  idle(): Promise<void>;
  /** Requests being handled and how fast they recently finished, for the overload guard. */
  load(): LoadSample;
}

/**
 * Tracks requests from the first middleware to the end of their listeners, whatever brought them
 * (HTTP or Socket Mode), so that shutdown can let them finish after the transport stopped; the
 * gauge (`ccb_in_flight`) shows the same count. While requests are being handled, the time
 * between two of them finishing is the bot's measured service time: requests in flight × that
 * time is how long a new one would wait, whatever holds them up (the event loop, Slack, AWS).
 */
export function inFlightWork(gauge: { inc(): void; dec(): void }): InFlightWork {
  const running = new Set<Promise<void>>();
  const serviceMs = recentAverage();
  const answerMs = recentAverage();
  let lastFinish = 0;
  return {
    async middleware({ next }) {
      const started = performance.now();
      // A busy period starts: the first request to finish is measured from here.
      if (running.size === 0) lastFinish = started;
      const work = next();
      running.add(work);
      gauge.inc();
      try {
        await work;
      } finally {
        running.delete(work);
        gauge.dec();
        const now = performance.now();
        serviceMs.add(now - lastFinish);
        answerMs.add(now - started);
        lastFinish = now;
      }
    },
    async idle() {
      while (running.size > 0) await Promise.allSettled([...running]);
    },
    load: () => ({
      inFlight: running.size,
      msPerRequest: serviceMs.value(),
      answerMs: answerMs.value(),
    }),
  };
}
