import { ELLIPSIS } from "../../src/domain/truncate.js";

// XML 1.0 refuses C0 controls other than tab/newline/CR, lone surrogates and U+FFFE/FFFF: one of
// them in a contact's name would make the whole SVG unreadable. Bidi overrides could make a
// name read backwards (format characters are dropped with them).
const UNSAFE = /[\p{Cc}\p{Cf}\p{Cs}\uFFFE\uFFFF]/gu;

export function escapeXml(text: string): string {
  return text
    .replace(/&/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;")
    .replace(/"/g, "&quot;")
    .replace(/'/g, "&#39;");
}

/** Contact data made safe for an SVG text node: invisible and unsafe characters out, one line. */
export function cleanText(text: string): string {
  return text.replace(UNSAFE, " ").replace(/\s+/g, " ").trim();
}

function charWidth(char: string): number {
  const code = char.codePointAt(0) ?? 0;
  if (char === " ") return 0.32;
  if (/[il.,:;'|!]/.test(char)) return 0.3;
  if (/[A-Z0-9mwMW@%&#]/.test(char)) return 0.78;
  return code >= 0x2e80 ? 1.0 : 0.62;
}

/**
 * Width of `text` in DejaVu Sans at `size` px, estimated per character (the renderer has no font
 * metrics): generous for capitals and digits, a full em for wide scripts, so estimates err long.
 */
export function textWidth(text: string, size: number): number {
  let em = 0;
  for (const char of text) em += charWidth(char);
  return em * size;
}

/** `text` cleaned and cut (with an ellipsis) to at most `maxWidth` px; "" when not even "x…" fits. */
export function fitText(text: string, maxWidth: number, size: number): string {
  // No label is wider than the picture: a 10,000-character name costs no more than a short one.
  const clean = cleanText(text.slice(0, 400));
  if (textWidth(clean, size) <= maxWidth && text.length <= 400) return clean;
  const room = maxWidth / size - charWidth(ELLIPSIS);
  let used = 0;
  let cut = "";
  for (const char of clean) {
    used += charWidth(char);
    if (used > room) break;
    cut += char;
  }
  return cut.trimEnd() ? `${cut.trimEnd()}${ELLIPSIS}` : "";
}
