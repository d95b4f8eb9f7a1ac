import type { Driver } from "../driver.js";
import { type Percentiles, percentiles, percentilesAcrossRounds } from "../stats.js";
import { isSummary } from "../summary-check.js";

/** The sections that re-render from the cached record alone (attributes and chain call Connect). */
const SECTIONS = ["agent", "queue", "routing", "quality", "details"] as const;

interface Button {
  action_id?: string;
  value?: string;
}

/** The values of a message's buttons, by action id. */
export function buttonValues(message: unknown): Map<string, string> {
  const values = new Map<string, string>();
  const blocks = (message as { blocks?: { type: string; elements?: Button[] }[] }).blocks ?? [];
  for (const block of blocks.filter((b) => b.type === "actions")) {
    for (const el of block.elements ?? []) {
      if (el.action_id && el.value) values.set(el.action_id, el.value);
    }
  }
  return values;
}

/**
 * Scenario 3: a section button on a private summary → the re-rendered message posted to the
 * response_url with replace_original. The buttons are the ones the bot itself rendered.
 */
export async function measureExpand(
  driver: Driver,
  options: { rounds: number; clicks: number; contactId: string },
) {
  const sent = await driver.command(options.contactId);
  const summary = (await driver.answer(sent.responseId)).body;
  const buttons = buttonValues(summary);
  const rounds: Percentiles[] = [];
  for (let round = 0; round < options.rounds; round++) {
    const samples: number[] = [];
    for (let i = 0; i < options.clicks; i++) {
      const actionId = `contact_section_${SECTIONS[i % SECTIONS.length]}`;
      const value = buttons.get(actionId);
      if (!value) throw new Error(`expand: the summary has no ${actionId} button`);
      const click = await driver.click(actionId, value);
      const post = await driver.answer(click.responseId);
      const body = post.body as { replace_original?: boolean };
      if (click.status !== 200 || body.replace_original !== true || !isSummary(body)) {
        throw new Error(`expand: ${actionId} did not replace the message: ${JSON.stringify(body)}`);
      }
      samples.push(post.at - click.sentAt);
    }
    rounds.push(percentiles(samples));
  }
  return percentilesAcrossRounds(rounds);
}
