import { boundedText, MAX_TEXT } from "../text/bounded-text.js";

const MAX_DEPTH = 12;
const MAX_CHARS = 200_000;

/**
 * All the text a message carries — its `text`, and every string inside `attachments` and `blocks`
 * (rich text, section fields, link URLs, alert payloads) — so contact ids are found wherever an
 * alerting tool put them. Bounded (each string like any text from outside, and all of them
 * together), because the message is not ours.
 */
export function messageText(message: {
  text?: unknown;
  attachments?: unknown;
  blocks?: unknown;
}): string {
  const parts: string[] = [];
  let size = 0;
  const walk = (value: unknown, depth: number): void => {
    if (size >= MAX_CHARS || depth > MAX_DEPTH) return;
    if (typeof value === "string") {
      const part = boundedText(value, Math.min(MAX_TEXT, MAX_CHARS - size));
      parts.push(part);
      size += part.length;
    } else if (Array.isArray(value)) {
      for (const item of value) walk(item, depth + 1);
    } else if (value && typeof value === "object") {
      for (const item of Object.values(value)) walk(item, depth + 1);
    }
  };
  walk([message.text, message.attachments, message.blocks], 0);
  return parts.join("\n");
}
