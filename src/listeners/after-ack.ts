/**
 * How many acknowledged requests start their slow work in one event-loop turn: as many as arrived
 * since the last turn (so the work keeps pace with the acks), plus this many of any backlog. A
 * backlog (after a pause, or a poll phase that read hundreds of requests) is worked down a few
 * milliseconds a turn, with connections accepted and requests acked between the turns, instead
 * of in one long turn during which nothing else is read.
 */
const CATCH_UP_PER_TURN = 16;

interface Waiting {
  resolve: () => void;
  since: number;
}

/**
 * One queue per process, like the event loop whose turns it shares out: every app in the process
 * acks on the same loop, so they queue behind each other here too.
 */
const waiting: Waiting[] = [];
let scheduled = false;
let arrived = 0;

function startSome(): void {
  scheduled = false;
  const count = arrived + CATCH_UP_PER_TURN;
  arrived = 0;
  for (const item of waiting.splice(0, count)) item.resolve();
  if (waiting.length > 0) schedule();
}

function schedule(): void {
  if (scheduled) return;
  scheduled = true;
  setImmediate(startSome);
}

/**
 * Resolves on a later turn of the event loop, oldest first, a bounded number a turn. Listeners await it right after `ack()`: every request that has arrived is acknowledged
 * before any starts its lookup, and new connections are accepted between the batches.
 */
export function afterAck(): Promise<void> {
  return new Promise((resolve) => {
    waiting.push({ resolve, since: performance.now() });
    arrived += 1;
    schedule();
  });
}
