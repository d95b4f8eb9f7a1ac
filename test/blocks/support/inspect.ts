import type { Button, KnownBlock } from "../../../blocks/block-kit.js";

export interface TextObject {
  type: "mrkdwn" | "plain_text";
  text: string;
  verbatim?: boolean;
}

/** Every text object anywhere in the blocks (headers, sections, fields, context, buttons). */
export function textObjects(blocks: readonly KnownBlock[]): TextObject[] {
  const found: TextObject[] = [];
  const walk = (node: unknown): void => {
    if (Array.isArray(node)) {
      for (const item of node) walk(item);
    } else if (typeof node === "object" && node !== null) {
      const record = node as Record<string, unknown>;
      if (
        (record.type === "mrkdwn" || record.type === "plain_text") &&
        typeof record.text === "string"
      ) {
        found.push(record as unknown as TextObject);
      }
      for (const value of Object.values(record)) walk(value);
    }
  };
  walk(blocks);
  return found;
}

/** All text of the blocks, one text object a line. */
export function allText(blocks: readonly KnownBlock[]): string {
  return textObjects(blocks)
    .map((text) => text.text)
    .join("\n");
}

export function buttons(blocks: readonly KnownBlock[]): Button[] {
  return blocks.flatMap((block) =>
    block.type === "actions" ? block.elements.filter((e): e is Button => e.type === "button") : [],
  );
}

export function buttonById(blocks: readonly KnownBlock[], actionId: string): Button | undefined {
  return buttons(blocks).find((button) => button.action_id === actionId);
}

/** No lone surrogate (String#isWellFormed, which the ES2023 lib does not type yet). */
export function isWellFormed(text: string): boolean {
  return !/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/.test(text);
}
