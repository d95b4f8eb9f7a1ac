/**
 * Coalesces concurrent calls: while a call for `key` is running, further calls with the same key
 * get the same promise instead of starting another one. Settled calls are forgotten.
 */
export function createSingleFlight<T>(): (key: string, fn: () => Promise<T>) => Promise<T> {
  const inFlight = new Map<string, Promise<T>>();
  return (key, fn) => {
    const running = inFlight.get(key);
    if (running) return running;
    const promise = (async () => fn())().finally(() => inFlight.delete(key));
    inFlight.set(key, promise);
    return promise;
  };
}
