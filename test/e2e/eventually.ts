/**
 * Polls an async condition (an HTTP probe, a Redis key) until it holds; a check that throws
 * counts as "not yet". The fakes' waitFor takes synchronous picks only.
 */
export async function eventually(check: () => Promise<boolean>, timeoutMs = 20_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await check().catch(() => false))) {
    if (Date.now() > deadline) throw new Error(`eventually: not within ${timeoutMs} ms`);
    await new Promise((r) => setTimeout(r, 50));
  }
}
