import type { Contact } from "@aws-sdk/client-connect";
import type { Finding } from "../src/domain/findings/finding.js";
import { truncateEscaped } from "../src/domain/truncate.js";
import { context, type KnownBlock, section } from "./block-kit.js";
import { escapeMrkdwn } from "./escape.js";
import { type Mrkdwn, trusted } from "./mrkdwn.js";

export const FINDINGS_TITLE = "What stands out";
export const NOTHING_UNUSUAL = "Nothing unusual";
const MAX_LINES = 5;
const LINE_MAX = 300;

function lineMrkdwn(item: Finding): Mrkdwn {
  const body = item.parts
    .map((part) =>
      typeof part === "string" ? escapeMrkdwn(part) : `*${escapeMrkdwn(part.strong)}*`,
    )
    .join("");
  return trusted(truncateEscaped(`${item.icon} ${body}`, LINE_MAX));
}

/** The same words without markup, for the message `text` (notifications, screen readers). */
export function findingPlain(item: Finding): string {
  return item.parts.map((part) => (typeof part === "string" ? part : part.strong)).join("");
}

/** At most MAX_LINES findings; past that the last line says how many more there are. */
function shown(list: readonly Finding[]): { items: Finding[]; more: number } {
  if (list.length <= MAX_LINES) return { items: [...list], more: 0 };
  return { items: list.slice(0, MAX_LINES - 1), more: list.length - (MAX_LINES - 1) };
}

const moreWords = (more: number) => `… and ${more} more — open the sections below`;

/** The "What stands out" block under the summary's header; one quiet line when nothing does. */
export function findingsBlocks(list: readonly Finding[], contact: Contact): KnownBlock[] {
  if (list.length === 0) {
    return contact.DisconnectTimestamp ? context([trusted(`✅ ${NOTHING_UNUSUAL}`)]) : [];
  }
  const { items, more } = shown(list);
  const lines = [
    trusted(`*${FINDINGS_TITLE}*`),
    ...items.map(lineMrkdwn),
    ...(more > 0 ? [trusted(moreWords(more))] : []),
  ];
  return [section(trusted(lines.join("\n")))];
}

/** "What stands out: …; …" as escaped plain words, or undefined when there is nothing to say. */
export function findingsText(list: readonly Finding[], contact: Contact): string | undefined {
  if (list.length === 0) return contact.DisconnectTimestamp ? NOTHING_UNUSUAL : undefined;
  const { items, more } = shown(list);
  const sentences = [...items.map(findingPlain), ...(more > 0 ? [`and ${more} more`] : [])];
  return escapeMrkdwn(`${FINDINGS_TITLE}: ${sentences.join("; ")}`);
}

/** One line for an unfurl: the most severe finding, and how many more there are. */
export function findingsLine(list: readonly Finding[], contact: Contact): Mrkdwn | undefined {
  const [first] = list;
  if (!first) return contact.DisconnectTimestamp ? trusted(`✅ ${NOTHING_UNUSUAL}`) : undefined;
  const rest = list.length > 1 ? ` (+${list.length - 1} more)` : "";
  return trusted(`${lineMrkdwn(first)}${rest}`);
}
