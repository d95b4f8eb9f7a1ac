/**
 * Polls until `pick` yields something (not undefined, null or false) and returns it. A pick that
 * throws counts as "not yet", and its last error is what a timeout reports, so assertions can
 * live inside it.
 */
export async function waitFor<T>(
  pick: () => T | undefined | null | false,
  timeoutMs = 20_000,
  intervalMs = 10,
): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  let lastError: unknown;
  for (;;) {
    try {
      const value = pick();
      if (value !== undefined && value !== null && value !== false) return value;
    } catch (error) {
      lastError = error;
    }
    if (Date.now() >= deadline) {
      const reason = lastError instanceof Error ? `: ${lastError.message}` : "";
      throw new Error(`waitFor: nothing within ${timeoutMs} ms${reason}`, { cause: lastError });
    }
    await new Promise((resolve) => setTimeout(resolve, intervalMs));
  }
}
