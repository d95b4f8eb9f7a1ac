import type { Harness } from "./harness.js";

/** /readyz's body: whether the bot takes requests, and whether on Redis or degraded. */
export async function readiness(
  h: Pick<Harness, "baseUrl">,
): Promise<{ status: string; redis: string }> {
  return (await (await fetch(`${h.baseUrl}/readyz`)).json()) as { status: string; redis: string };
}
