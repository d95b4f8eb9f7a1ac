import type { types } from "@slack/bolt";
import { LIMITS, truncate, truncateEscaped } from "../src/domain/truncate.js";
import { neutralizePlain } from "./escape.js";
import { bold, type Mrkdwn, md, trusted } from "./mrkdwn.js";

export type KnownBlock = types.KnownBlock;
export type SectionBlock = types.SectionBlock;
export type ActionsBlock = types.ActionsBlock;
export type ContextBlock = types.ContextBlock;
export type Button = types.Button;

/** A label and its value; pairs without a value are left out. */
export type Field = readonly [label: string, value: Mrkdwn | undefined];

// Slack rejects empty text objects, so every builder falls back to a dash.
const EMPTY = "—";

/** `verbatim` stops Slack from auto-linking bare URLs or "@here" that contact data may contain. */
export function mrkdwn(text: Mrkdwn, max: number = LIMITS.sectionText): types.MrkdwnElement {
  return { type: "mrkdwn", text: truncateEscaped(text, max) || EMPTY, verbatim: true };
}

export function plainText(text: string, max: number): types.PlainTextElement {
  const clean = truncate(neutralizePlain(text).trim(), max);
  return { type: "plain_text", text: clean || EMPTY, emoji: true };
}

export function header(text: string): types.HeaderBlock {
  return { type: "header", text: plainText(text, LIMITS.header) };
}

export function section(text: Mrkdwn): SectionBlock {
  return { type: "section", text: mrkdwn(text) };
}

export function divider(): types.DividerBlock {
  return { type: "divider" };
}

/** A context block of the parts that have a value, as a list: empty when none has one. */
export function context(parts: readonly (Mrkdwn | undefined)[]): ContextBlock[] {
  const present = parts.filter((part): part is Mrkdwn => part !== undefined);
  if (present.length === 0) return [];
  const elements = present
    .slice(0, LIMITS.contextElements)
    .map((part) => mrkdwn(part, LIMITS.contextText));
  return [{ type: "context", elements }];
}

/** Label/value pairs as section fields (two columns, which stay readable on phones), 10 a section. */
export function fieldSections(fields: readonly Field[]): SectionBlock[] {
  const texts = fields.flatMap(([label, value]) =>
    value === undefined ? [] : [trusted(`${bold(label)}\n${value}`)],
  );
  const blocks: SectionBlock[] = [];
  for (let i = 0; i < texts.length; i += LIMITS.fieldsPerSection) {
    const chunk = texts.slice(i, i + LIMITS.fieldsPerSection);
    blocks.push({ type: "section", fields: chunk.map((text) => mrkdwn(text, LIMITS.field)) });
  }
  return blocks;
}

/**
 * Lines packed into as few section blocks as the 3000-character limit allows, at most `maxBlocks`;
 * lines that do not fit are counted in a closing "… and N more" line.
 */
export function lineSections(
  lines: readonly (Mrkdwn | undefined)[],
  maxBlocks = 8,
): SectionBlock[] {
  const present = lines.filter((text): text is Mrkdwn => text !== undefined);
  const texts: string[] = [];
  let shown = 0;
  for (const text of present) {
    const next = truncateEscaped(text, LIMITS.sectionText);
    const last = texts.length - 1;
    if (last >= 0 && texts[last]!.length + 1 + next.length <= LIMITS.sectionText) {
      texts[last] += `\n${next}`;
    } else if (texts.length < maxBlocks) {
      texts.push(next);
    } else {
      break;
    }
    shown += 1;
  }
  const blocks = texts.map((text) => section(trusted(text)));
  const rest = present.length - shown;
  if (rest > 0) blocks.push(section(trusted(`… and ${rest} more`)));
  return blocks;
}

/** A bold title line, then the lines that have a value; nothing at all when none has one. */
export function titledLines(
  title: string,
  lines: readonly (Mrkdwn | undefined)[],
  maxBlocks = 2,
): SectionBlock[] {
  if (lines.every((text) => text === undefined)) return [];
  return lineSections([bold(title), ...lines], maxBlocks);
}

/** A short italic remark, e.g. "No agent handled this contact." */
export function remark(text: string): SectionBlock {
  return section(trusted(`_${md(text) ?? EMPTY}_`));
}

export interface ButtonSpec {
  text: string;
  actionId: string;
  value?: string;
  url?: string;
  style?: "primary" | "danger";
}

export function button(spec: ButtonSpec): Button {
  return {
    type: "button",
    text: plainText(spec.text, LIMITS.buttonText),
    action_id: spec.actionId,
    ...(spec.value !== undefined && { value: spec.value }),
    ...(spec.url !== undefined && { url: spec.url }),
    ...(spec.style !== undefined && { style: spec.style }),
  };
}

/** Buttons in actions blocks of at most 25 elements each (Slack's limit). */
export function actionsBlocks(buttons: readonly Button[]): ActionsBlock[] {
  const blocks: ActionsBlock[] = [];
  for (let i = 0; i < buttons.length; i += LIMITS.actionsElements) {
    blocks.push({ type: "actions", elements: buttons.slice(i, i + LIMITS.actionsElements) });
  }
  return blocks;
}
