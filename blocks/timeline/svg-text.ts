import { ELLIPSIS } from "../truncate.js";

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

/**
 * Width of `text` in DejaVu Sans at `size` px, estimated per character (the renderer has no font
 * metrics): generous for capitals and digits, a full em for wide scripts, so estimates err long.
 */
export function textWidth(text: string, size: number): number {
  let em = 0;
  for (const char of text) {
    const code = char.codePointAt(0) ?? 0;
    if (char === " ") em += 0.32;
    else if (/[il.,:;'|!]/.test(char)) em += 0.3;
    else if (/[A-Z0-9mwMW@%&#]/.test(char)) em += 0.78;
    else if (code >= 0x2e80) em += 1.0;
    else em += 0.62;
  }
  return em * size;
}

/** `text` cleaned and cut (with an ellipsis) to at most `maxWidth` px; "" when not even "x…" fits. */
export function fitText(text: string, maxWidth: number, size: number): string {
  const clean = cleanText(text);
  if (textWidth(clean, size) <= maxWidth) return clean;
  const chars = Array.from(clean);
  for (let n = chars.length - 1; n >= 1; n--) {
    const cut = `${chars.slice(0, n).join("").trimEnd()}${ELLIPSIS}`;
    if (textWidth(cut, size) <= maxWidth) return cut;
  }
  return "";
}
