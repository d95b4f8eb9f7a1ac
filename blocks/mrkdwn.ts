import { durationBetween, formatMillis, formatSeconds } from "../src/domain/duration.js";
import { words } from "../src/domain/labels.js";
import { truncateEscaped } from "../src/domain/truncate.js";
import { escapeMrkdwn } from "./escape.js";
import { slackDate } from "./slack-date.js";

declare const safe: unique symbol;
/**
 * mrkdwn that may be sent: contact data that went through `md` (escaped + truncated) or markup the
 * renderer built itself. Block builders accept only this type, so the compiler refuses raw contact
 * strings in a text.
 */
export type Mrkdwn = string & { readonly [safe]: true };

/** Default length of one value; long enough to read, short enough for many values per message. */
export const VALUE_MAX = 500;

/** Markup built by the renderer itself (labels, date tokens, links). Never pass contact data here. */
export function trusted(markup: string): Mrkdwn {
  return markup as Mrkdwn;
}

/**
 * Contact data as mrkdwn: escaped, then truncated. Values of the wrong type (a record that went
 * through a JSON cache, or a future SDK shape) and empty strings give undefined, so they are left out.
 */
export function md(value: unknown, max = VALUE_MAX): Mrkdwn | undefined {
  if (typeof value === "number") return num(value);
  if (typeof value !== "string" || value.trim() === "") return undefined;
  // Escaping only makes text longer, so the first max + 1 characters decide what is shown; this
  // keeps a 10,000-character value from being escaped whole.
  return trusted(truncateEscaped(escapeMrkdwn(value.slice(0, max + 1)), max));
}

export function num(value: unknown): Mrkdwn | undefined {
  return typeof value === "number" && Number.isFinite(value) ? trusted(String(value)) : undefined;
}

export function yesNo(value: unknown): Mrkdwn | undefined {
  return typeof value === "boolean" ? trusted(value ? "Yes" : "No") : undefined;
}

const built = (markup: string | undefined): Mrkdwn | undefined =>
  markup === undefined ? undefined : trusted(markup);

export function date(value: unknown): Mrkdwn | undefined {
  return built(slackDate(value));
}

export function seconds(value: unknown): Mrkdwn | undefined {
  return built(typeof value === "number" ? formatSeconds(value) : undefined);
}

export function millis(value: unknown): Mrkdwn | undefined {
  return built(typeof value === "number" ? formatMillis(value) : undefined);
}

export function duration(start: unknown, end: unknown): Mrkdwn | undefined {
  return built(durationBetween(start, end));
}

/** An SDK enum value in words. */
export function enumText(value: unknown, max = VALUE_MAX): Mrkdwn | undefined {
  return typeof value === "string" && value !== "" ? md(words(value), max) : undefined;
}

/** Ids and ARNs in code style, so they are easy to copy and never wrap oddly. */
export function code(value: unknown, max = VALUE_MAX): Mrkdwn | undefined {
  const text = md(value, max);
  return text === undefined ? undefined : trusted(`\`${text}\``);
}

export function join(
  parts: readonly (Mrkdwn | undefined)[],
  separator = " · ",
): Mrkdwn | undefined {
  const present = parts.filter((part): part is Mrkdwn => part !== undefined);
  return present.length === 0 ? undefined : trusted(present.join(separator));
}

/** A label in bold; labels may come from contact data (attribute names), so they are escaped too. */
export function bold(label: string): Mrkdwn {
  return trusted(`*${md(label, 200) ?? "—"}*`);
}

/** `*Label*: value`, or undefined when there is no value, so no empty "Label:" lines appear. */
export function line(label: string, value: Mrkdwn | undefined): Mrkdwn | undefined {
  return value === undefined ? undefined : trusted(`${bold(label)}: ${value}`);
}

/** Renderer wording around a value, e.g. around("expires after ", value); undefined without a value. */
export function around(before: string, value: Mrkdwn | undefined, after = ""): Mrkdwn | undefined {
  return value === undefined ? undefined : trusted(`${before}${value}${after}`);
}

/** "`key` = value" for maps from the contact (tags, attributes, segment attributes). */
export function assignment(key: string, value: unknown, valueMax = 300): Mrkdwn {
  return trusted(`${code(key, 200) ?? "`?`"} = ${md(value, valueMax) ?? "—"}`);
}
