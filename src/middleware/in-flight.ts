import type { AnyMiddlewareArgs, Middleware } from "@slack/bolt";
import type { LoadSample } from "../slack/overload-guard.js";
import { recentAverage } from "../slack/recent-average.js";
import { createLoopLag } from "./loop-lag.js";
import { serviceTime } from "./service-time.js";

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
 * gauge (`ccb_in_flight`) shows the same count. While commands and clicks are being handled, the
 * rate at which they finish is the bot's measured service time (see serviceTime): those in flight
 * × the time per answer is how long a new one would wait. Events are left out of it: their work (an alert's thread
 * answer) runs after the ack, paced by Connect's quota and Slack's, and a person waits on none.
 */
export function inFlightWork(gauge: { inc(): void; dec(): void }): InFlightWork {
  const running = new Set<Promise<void>>();
  const answering = new Set<Promise<void>>();
  const service = serviceTime();
  const answerMs = recentAverage();
  const lag = createLoopLag();
  return {
    async middleware({ next, body }) {
      const started = performance.now();
      const answered = (body as { type?: unknown }).type !== "event_callback";
      // A busy period starts: the first answer to finish is measured from here.
      if (answered && answering.size === 0) service.begin(started);
      const work = next();
      running.add(work);
      if (answered) answering.add(work);
      gauge.inc();
      try {
        await work;
      } finally {
        running.delete(work);
        answering.delete(work);
        gauge.dec();
        if (answered) {
          const now = performance.now();
          service.finished(now);
          answerMs.add(now - started);
        }
      }
    },
    async idle() {
      while (running.size > 0) await Promise.allSettled([...running]);
    },
    load: () => ({
      inFlight: running.size,
      answering: answering.size,
      msPerRequest: service.msPerRequest(),
      answerMs: answerMs.value(),
      loopLagMs: lag.recentMs(),
    }),
  };
}
