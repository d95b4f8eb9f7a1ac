import { randomUUID } from "node:crypto";
import { expect } from "vitest";
import { INSTANCE_ID, MINIMAL } from "../fixtures/contacts.js";
import { type Harness, nthAnswer } from "./harness.js";

/** Sends /contact and resolves with the answer and the time from the command to it, in ms. */
export async function timedAsk(
  h: Harness,
  text: string,
  opts?: { userId?: string; channelId?: string },
): Promise<{ answer: Record<string, unknown>; ms: number }> {
  const started = performance.now();
  const { status, responseUrl } = await h.command(text, opts);
  expect(status).toBe(200);
  const answer = await nthAnswer(h, responseUrl);
  return { answer, ms: Math.round(performance.now() - started) };
}

/** Fresh contacts, so that every lookup needs its own DescribeContact. */
export function seedFresh(h: Pick<Harness, "connect">, count: number): string[] {
  return Array.from({ length: count }, () => {
    const id = randomUUID();
    h.connect.putContact(INSTANCE_ID, { ...MINIMAL, Id: id, Arn: undefined });
    return id;
  });
}
