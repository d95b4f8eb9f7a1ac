/** Slack's documented Block Kit limits, checked on the message as it went over the wire. */
const SLACK = { blocks: 50, text: 40_000, section: 3000, field: 2000, header: 150, button: 75 };

interface WireBlock {
  type: string;
  text?: { text: string };
  fields?: { text: string }[];
  elements?: { type: string; text?: string | { text: string } }[];
}

/** What in a message, as sent, Slack would reject; empty when it fits. */
export function overLimits(message: Record<string, unknown>): string[] {
  const blocks = (message.blocks ?? []) as WireBlock[];
  const problems: string[] = [];
  const check = (ok: boolean, what: string) => ok || problems.push(what);
  check(blocks.length <= SLACK.blocks, `${blocks.length} blocks`);
  check(String(message.text ?? "").length <= SLACK.text, "fallback text too long");
  for (const block of blocks) {
    const text = block.text?.text.length ?? 0;
    if (block.type === "header") check(text <= SLACK.header, "header too long");
    if (block.type === "section") check(text <= SLACK.section, `section of ${text} chars`);
    for (const field of block.fields ?? []) check(field.text.length <= SLACK.field, "long field");
    check((block.fields?.length ?? 0) <= 10, "more than 10 fields");
    if (block.type === "context") check((block.elements?.length ?? 0) <= 10, "long context");
    for (const element of block.type === "actions" ? (block.elements ?? []) : []) {
      const label = typeof element.text === "object" ? element.text.text : "";
      check(label.length <= SLACK.button, "button text too long");
    }
  }
  return problems;
}
