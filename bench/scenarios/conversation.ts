import type { Driver } from "../driver.js";
import { type Percentiles, percentiles, percentilesAcrossRounds } from "../stats.js";
import { buttonValues } from "./expand.js";

/** Conversation → its private answer at the response_url; checked to be the section. */
async function openMs(driver: Driver, value: string): Promise<number> {
  const click = await driver.click("conversation", value);
  const post = await driver.answer(click.responseId);
  const body = post.body as { response_type?: string };
  const shown = JSON.stringify(body);
  if (
    click.status !== 200 ||
    body.response_type !== "ephemeral" ||
    !shown.includes("From Contact Lens")
  ) {
    throw new Error(`conversation: not the section: ${shown.slice(0, 500)}`);
  }
  return post.at - click.sentAt;
}

/** The Conversation button's value on the contact's private summary (asked for, untimed). */
async function conversationButton(driver: Driver, contactId: string): Promise<string> {
  const sent = await driver.command(contactId);
  const value = buttonValues((await driver.answer(sent.responseId)).body).get("conversation");
  if (!value) throw new Error(`conversation: the summary of ${contactId} has no button`);
  return value;
}

/**
 * The Conversation button on a private summary of an answered call, first open (the instance's
 * bucket known; ListObjectsV2 and GetObject of its redacted analysis file, parsed and cached) and
 * the same again (from the cache). Each contact is new; its summary is asked first, untimed.
 */
export async function measureConversation(
  driver: Driver,
  options: { rounds: number; opens: number; take: (count: number) => string[] },
) {
  const first: Percentiles[] = [];
  const cached: Percentiles[] = [];
  for (let round = 0; round < options.rounds; round++) {
    const firstMs: number[] = [];
    const cachedMs: number[] = [];
    for (const contactId of options.take(options.opens)) {
      const value = await conversationButton(driver, contactId);
      firstMs.push(await openMs(driver, value));
      cachedMs.push(await openMs(driver, value));
    }
    first.push(percentiles(firstMs));
    cached.push(percentiles(cachedMs));
  }
  return { first: percentilesAcrossRounds(first), cached: percentilesAcrossRounds(cached) };
}

/** One open, untimed: the instance's storage configuration is then cached, as in production. */
export async function warmConversation(driver: Driver, contactId: string): Promise<void> {
  await openMs(driver, await conversationButton(driver, contactId));
}
