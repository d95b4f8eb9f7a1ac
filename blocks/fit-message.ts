import { context, type KnownBlock, mrkdwn, type SectionBlock } from "./block-kit.js";
import { trusted } from "./mrkdwn.js";
import { LIMITS } from "./truncate.js";

export const TRUNCATION_NOTE = "✂️ Section truncated — open the console for everything";

const size = (blocks: readonly KnownBlock[]): number => JSON.stringify(blocks).length;

export function fits(blocks: readonly KnownBlock[]): boolean {
  return blocks.length <= LIMITS.blocks && size(blocks) <= LIMITS.messageChars;
}

/** The longest prefix of a dropped section's text (or fields) that still fits after `kept`. */
function shrink(
  block: SectionBlock,
  kept: readonly KnownBlock[],
  note: KnownBlock,
): SectionBlock | undefined {
  const candidates: SectionBlock[] = [];
  if (block.text) {
    for (let max = block.text.text.length - 1; max >= 200; max = Math.floor(max * 0.8)) {
      candidates.push({ type: "section", text: mrkdwn(trusted(block.text.text), max) });
    }
  }
  for (let n = (block.fields?.length ?? 0) - 1; n > 0; n -= 1) {
    candidates.push({ type: "section", fields: block.fields!.slice(0, n) });
  }
  return candidates.find((candidate) => fits([...kept, candidate, note]));
}

/**
 * Guarantees a message Slack accepts: at most 50 blocks and 12,000 characters of blocks JSON.
 * Blocks are cut last-first (the open section comes last, so it goes before the summary), the last
 * cut one is kept shortened if that fits, and a note says something is missing.
 */
export function fitMessage(blocks: readonly KnownBlock[]): KnownBlock[] {
  if (fits(blocks)) return [...blocks];
  const [note] = context([trusted(TRUNCATION_NOTE)]) as [KnownBlock];
  const kept = [...blocks];
  let dropped: KnownBlock | undefined;
  while (kept.length > 0 && !fits([...kept, note])) {
    dropped = kept.pop();
  }
  const shortened = dropped?.type === "section" ? shrink(dropped, kept, note) : undefined;
  return [...kept, ...(shortened ? [shortened] : []), note];
}
