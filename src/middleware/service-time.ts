/** Answers the service time is measured over: about the last second of a burst. */
const WINDOW = 256;
/** Fewer answers than this in a busy period measure nothing yet: the last period's time stands. */
const MIN_SAMPLES = 8;

export interface ServiceTime {
  /** A busy period begins: a command or click arrives while none is being answered. */
  begin(nowMs: number): void;
  /** One answer finished. */
  finished(nowMs: number): void;
  /** Milliseconds per answer over the recent answers of this busy period, else of the last one. */
  msPerRequest(): number;
}

/**
 * The bot's service time as answers per unit of time over a window, not an average of the gaps
 * between two answers: answers finish in clumps (one event-loop turn settles dozens, then a GC
 * pause or a slow turn holds them all), and one 300 ms gap moved a recent average of 1 ms gaps
 * to 60 ms — a thousand requests in flight then looked like a minute's work, and a burst the
 * bot answered within a second was refused.
 */
export function serviceTime(): ServiceTime {
  // The period's start, then the finishing times of its last WINDOW answers.
  let times: number[] = [];
  let previous = 0;
  const measured = (): number | undefined =>
    times.length > MIN_SAMPLES ? (times.at(-1)! - times[0]!) / (times.length - 1) : undefined;
  return {
    begin(nowMs) {
      previous = measured() ?? previous;
      times = [nowMs];
    },
    finished(nowMs) {
      times.push(nowMs);
      if (times.length > WINDOW + 1) times.shift();
    },
    msPerRequest: () => measured() ?? previous,
  };
}
