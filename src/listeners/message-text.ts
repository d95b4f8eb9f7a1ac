const MAX_DEPTH = 12;
const MAX_CHARS = 200_000;

/**
 * All the text a message carries — its `text`, and every string inside `attachments` and `blocks`
 * (rich text, section fields, link URLs, alert payloads) — so contact ids are found wherever an
 * alerting tool put them. Bounded, because the message is not ours.
 */
export function messageText(message: {
  text?: unknown;
  attachments?: unknown;
  blocks?: unknown;
}): string {
  const parts: string[] = [];
  let size = 0;
  const walk = (value: unknown, depth: number): void => {
    if (size > MAX_CHARS || depth > MAX_DEPTH) return;
    if (typeof value === "string") {
      parts.push(value);
      size += value.length;
    } else if (Array.isArray(value)) {
      for (const item of value) walk(item, depth + 1);
    } else if (value && typeof value === "object") {
      for (const item of Object.values(value)) walk(item, depth + 1);
    }
  };
  walk([message.text, message.attachments, message.blocks], 0);
  return parts.join("\n");
}
