import { ACTION_IDS } from "../../../blocks/action-ids.js";
import type { KnownBlock } from "../../../blocks/block-kit.js";
import { decodeButtonState } from "../../../blocks/button-state.js";
import { LIMITS } from "../../../src/domain/truncate.js";
import { CONSOLE_BASE_URL } from "../../fixtures/contacts.js";
import { buttons, textObjects } from "./inspect.js";

/** The only markup the renderer itself writes: date tokens and the console links. */
const OWN_TOKENS = new RegExp(
  [
    String.raw`<!date\^-?\d+\^\{date_short_pretty\} \{time_secs\}\|[-+\dT:Z]+>`,
    `<${CONSOLE_BASE_URL.replace(/\./g, "\\.")}/contact-trace-records/details/[^\\s<>|]+\\|(?:Open|Listen) in Amazon Connect>`,
  ].join("|"),
  "g",
);

/** What makes a message one Slack rejects, or carries markup made from contact data. */
export function violations(blocks: readonly KnownBlock[], fallback?: string): string[] {
  const found: string[] = [];
  const check = (ok: boolean, problem: string) => {
    if (!ok) found.push(problem);
  };
  check(blocks.length <= LIMITS.blocks, `${blocks.length} blocks`);
  check(JSON.stringify(blocks).length <= LIMITS.messageChars, "message too long");
  const texts = textObjects(blocks);
  for (const value of [
    ...texts.map((t) => t.text),
    ...(fallback === undefined ? [] : [fallback]),
  ]) {
    check(value.trim() !== "", "empty text");
    // Contact data never carries a raw angle bracket, so no mention, channel or link can come from it.
    check(
      !/[<>]/.test(value.replace(OWN_TOKENS, "")),
      `markup in ${JSON.stringify(value.slice(0, 200))}`,
    );
  }
  for (const t of texts)
    check(t.type !== "mrkdwn" || t.verbatim === true, "mrkdwn without verbatim");
  for (const block of blocks) {
    if (block.type === "header") check(block.text.text.length <= LIMITS.header, "header too long");
    if (block.type === "section") {
      check(Boolean(block.text || block.fields), "section without text");
      check((block.text?.text.length ?? 0) <= LIMITS.sectionText, "section text too long");
      check((block.fields?.length ?? 0) <= LIMITS.fieldsPerSection, "too many fields");
      for (const field of block.fields ?? [])
        check(field.text.length <= LIMITS.field, "field too long");
    }
    if (block.type === "context")
      check(block.elements.length <= LIMITS.contextElements, "context too long");
    if (block.type === "actions")
      check(block.elements.length <= LIMITS.actionsElements, "too many buttons");
  }
  const all = buttons(blocks);
  const ids = all.map((b) => b.action_id);
  check(new Set(ids).size === ids.length, "duplicate action ids");
  for (const b of all) {
    check(b.text.text.length <= LIMITS.buttonText, "button text too long");
    check((b.value?.length ?? 0) <= LIMITS.buttonValue, "button value too long");
    check((b.url?.length ?? 0) <= LIMITS.buttonUrl, "button url too long");
    check(
      b.action_id === ACTION_IDS.console || decodeButtonState(b.value) !== undefined,
      "undecodable value",
    );
  }
  return found;
}
