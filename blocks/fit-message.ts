import { LIMITS } from "../src/domain/truncate.js";
import { context, type KnownBlock, mrkdwn, type SectionBlock } from "./block-kit.js";
import { trusted } from "./mrkdwn.js";

export const TRUNCATION_NOTE = "✂️ Section truncated — open the console for everything";

const size = (blocks: readonly KnownBlock[]): number => JSON.stringify(blocks).length;

export function fits(blocks: readonly KnownBlock[]): boolean {
  return blocks.length <= LIMITS.blocks && size(blocks) <= LIMITS.messageChars;
}

/** The longest prefix of a dropped section's text (or fields) that takes at most `room` characters. */
function shrink(block: SectionBlock, room: number): SectionBlock | undefined {
  const fitsRoom = (candidate: SectionBlock) => JSON.stringify(candidate).length + 1 <= room;
  // JSON escaping makes the text's share of the block larger than its length; back off until it fits.
  for (
    let max = Math.min(block.text?.text.length ?? 0, room) - 1;
    max >= 200;
    max = Math.floor(max * 0.9)
  ) {
    const candidate: SectionBlock = {
      type: "section",
      text: mrkdwn(trusted(block.text!.text), max),
    };
    if (fitsRoom(candidate)) return candidate;
  }
  for (let n = (block.fields?.length ?? 0) - 1; n > 0; n -= 1) {
    const candidate: SectionBlock = { type: "section", fields: block.fields!.slice(0, n) };
    if (fitsRoom(candidate)) return candidate;
  }
  return undefined;
}

/**
 * Guarantees a message Slack accepts: at most 50 blocks and 12,000 characters of blocks JSON.
 * Blocks are cut last-first (the open section comes last, so it goes before the summary), the last
 * cut one is kept shortened if that fits, and a note says something is missing.
 */
export function fitMessage(blocks: readonly KnownBlock[]): KnownBlock[] {
  // Sizes are summed per block (plus a comma each) rather than re-serialising the whole message.
  const sizes = blocks.map((block) => JSON.stringify(block).length + 1);
  let total = sizes.reduce((sum, blockSize) => sum + blockSize, 1);
  if (blocks.length <= LIMITS.blocks && total <= LIMITS.messageChars) return [...blocks];
  const [note] = context([trusted(TRUNCATION_NOTE)]) as [KnownBlock];
  const kept = [...blocks];
  total += JSON.stringify(note).length + 1;
  let dropped: KnownBlock | undefined;
  while (kept.length > 0 && (kept.length + 1 > LIMITS.blocks || total > LIMITS.messageChars)) {
    dropped = kept.pop();
    total -= sizes.pop() ?? 0;
  }
  const room = kept.length + 1 < LIMITS.blocks ? LIMITS.messageChars - total : 0;
  const shortened = dropped?.type === "section" ? shrink(dropped, room) : undefined;
  return [...kept, ...(shortened ? [shortened] : []), note];
}
