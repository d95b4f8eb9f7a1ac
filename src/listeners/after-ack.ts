/**
 * Resolves on the event loop's next turn. Listeners await it right after `ack()`, so when many
 * requests arrive together every one of them is acknowledged before any starts its slow work.
 */
export function afterAck(): Promise<void> {
  return new Promise((resolve) => setImmediate(resolve));
}
