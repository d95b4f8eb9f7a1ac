import { sleep } from "../../test/support/http-io.js";
import type { Driver } from "../driver.js";
import { type Percentiles, percentiles, percentilesAcrossRounds } from "../stats.js";
import { isSummary } from "../summary-check.js";

/** One `/contact <id>` and the time until its summary reached the response_url. */
export async function answerMs(driver: Driver, contactId: string): Promise<number> {
  const sent = await driver.command(contactId);
  if (sent.status !== 200) throw new Error(`answer: /contact ${contactId} answered ${sent.status}`);
  const post = await driver.answer(sent.responseId);
  if (!isSummary(post.body, contactId)) {
    throw new Error(`answer: no summary for ${contactId}: ${JSON.stringify(post.body)}`);
  }
  return post.at - sent.sentAt;
}

/** Scenario 2, warm: contacts already in Redis, asked one after the other. */
export async function measureWarm(
  driver: Driver,
  options: { rounds: number; lookups: number; contactIds: readonly string[] },
) {
  const rounds: Percentiles[] = [];
  for (let round = 0; round < options.rounds; round++) {
    const samples: number[] = [];
    for (let i = 0; i < options.lookups; i++) {
      samples.push(await answerMs(driver, options.contactIds[i % options.contactIds.length]!));
    }
    rounds.push(percentiles(samples));
  }
  return percentilesAcrossRounds(rounds);
}

/**
 * Scenario 2, cold: contacts never asked for, whose queue and agent names are already cached, so
 * each costs exactly one DescribeContact. They are paced just under the Connect rate limit:
 * faster, they would measure the limiter's queue instead of the lookup.
 */
export async function measureCold(
  driver: Driver,
  options: { rounds: number; take: () => string[]; connectRps: number },
) {
  const spacingMs = 1000 / options.connectRps + 25;
  const rounds: Percentiles[] = [];
  for (let round = 0; round < options.rounds; round++) {
    const samples: number[] = [];
    for (const contactId of options.take()) {
      const started = Date.now();
      samples.push(await answerMs(driver, contactId));
      await sleep(Math.max(0, started + spacingMs - Date.now()));
    }
    rounds.push(percentiles(samples));
  }
  return percentilesAcrossRounds(rounds);
}
