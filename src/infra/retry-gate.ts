import { AsyncLocalStorage } from "node:async_hooks";
import type { Deadline } from "./deadline.js";
import type { RateLimiter } from "./rate-limiter.js";

interface Gate {
  limiter: RateLimiter;
  deadline: Deadline;
  attempts: number;
}

const gates = new AsyncLocalStorage<Gate>();

/**
 * Runs one logical Connect call whose first attempt the caller has already admitted through
 * `limiter`; any retry the SDK makes inside `call` waits for the limiter too (see gateRetries).
 */
export function withRetryGate<T>(
  limiter: RateLimiter,
  deadline: Deadline,
  call: () => Promise<T>,
): Promise<T> {
  return gates.run({ limiter, deadline, attempts: 0 }, call);
}

/** A 429 as the SDK reports it, before its retry middleware sees it. */
function isThrottle(err: unknown): boolean {
  const { name, $metadata } = (err ?? {}) as {
    name?: unknown;
    $metadata?: { httpStatusCode?: number };
  };
  return name === "ThrottlingException" || $metadata?.httpStatusCode === 429;
}

/**
 * The SDK's standard retries (429/5xx) would otherwise go straight to the service (Connect,
 * CloudWatch Logs) and spend the quota the limiter promised to the next caller. The deserialize
 * step runs once per attempt, below the retry middleware, so this is where a retry queues like
 * everybody else, and where a throttled attempt empties the bucket so that the others do not run
 * into the same quota.
 */
export function gateRetries(client: {
  middlewareStack: {
    add(
      middleware: typeof queueRetries,
      options: { step: "deserialize"; name: string; override: boolean },
    ): void;
  };
}): void {
  client.middlewareStack.add(queueRetries, {
    step: "deserialize",
    name: "rateLimitRetries",
    override: true,
  });
}

function queueRetries<A, R>(next: (args: A) => Promise<R>): (args: A) => Promise<R> {
  return async (args) => {
    const gate = gates.getStore();
    if (gate && gate.attempts++ > 0) {
      const { signal, background } = gate.deadline;
      await gate.limiter.acquire(signal, { background });
    }
    try {
      return await next(args);
    } catch (err) {
      if (gate && isThrottle(err)) gate.limiter.throttled();
      throw err;
    }
  };
}
