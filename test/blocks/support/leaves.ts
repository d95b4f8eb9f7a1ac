/** Walking a fixture's leaves and finding each in rendered text (the every-field tests). */

import { escapeMrkdwn } from "../../../blocks/escape.js";
import { epochSeconds } from "../../../blocks/slack-date.js";
import { formatSeconds } from "../../../src/domain/duration.js";
import { maskEndpoint } from "../../../src/domain/masking/mask.js";
import { comparisonWords } from "../../../src/domain/routing-expression.js";

export interface Leaf {
  path: string;
  key: string;
  value: unknown;
}

/** Objects whose keys are data (map keys), not field names. */
const DATA_MAPS = new Set([
  "Tags",
  "SegmentAttributes",
  "ValueMap",
  "ContactEvaluations",
  "Attributes",
]);

export function leaves(node: unknown, path = "", key = ""): Leaf[] {
  if (node instanceof Date || typeof node !== "object" || node === null)
    return [{ path, key, value: node }];
  const children = Object.entries(node).flatMap(([name, child]) =>
    leaves(child, path ? `${path}.${name}` : name, Array.isArray(node) ? key : name),
  );
  const mapKeys = DATA_MAPS.has(key)
    ? Object.keys(node).map((name) => ({ path: `${path}{${name}}`, key, value: name }))
    : [];
  return [...mapKeys, ...children];
}

const BOOLEAN_LABELS: Record<string, string> = {
  MultiParty: "Multi-party*",
  ConversationAbandon: "Abandoned the conversation*",
  AiAgentEscalated: "escalated",
};

/** A number as a whole token: "3" must not be found inside "13" or "3.5". */
const numberToken = (value: number) =>
  new RegExp(`(^|[^\\d.])${String(value).replace(".", "\\.")}(?![\\d])`);

/**
 * The ways a leaf may legitimately appear, strictly enough that a leaf left out fails: as is,
 * escaped, an enum in plain words (not a label that hides the value), a date token, seconds as a
 * duration. Milliseconds must be exact: "8s" does not show 8113.
 */
export function found(haystack: string, { key, value }: Leaf): boolean {
  if (value instanceof Date) return haystack.includes(`<!date^${epochSeconds(value)}^`);
  if (typeof value === "boolean") {
    return haystack.includes(`${BOOLEAN_LABELS[key]}: ${value ? "Yes" : "No"}`);
  }
  if (typeof value === "number") {
    const asDuration = /Seconds|Duration$/.test(key) ? formatSeconds(value) : undefined;
    return numberToken(value).test(haystack) || (!!asDuration && haystack.includes(asDuration));
  }
  const text = String(value);
  const plainWords = text
    .replace(/_/g, " ")
    .replace(/([a-z])([A-Z])/g, "$1 $2")
    .toLowerCase();
  return (
    [text, escapeMrkdwn(text), comparisonWords(text)].some((r) => haystack.includes(r)) ||
    haystack.toLowerCase().includes(escapeMrkdwn(plainWords))
  );
}

const RECIPIENT_ADDRESS = /^AdditionalEmailRecipients\.(?:To|Cc)List\.\d+\.Address$/;

/**
 * Customer PII, shown masked by default so it is visible without being readable: the customer's
 * and the email recipients' addresses. Display names are shown as written.
 */
export function piiMask(path: string): ((value: string) => string) | undefined {
  if (path === "CustomerEndpoint.Address") return (v) => maskEndpoint(v, "TELEPHONE_NUMBER");
  if (RECIPIENT_ADDRESS.test(path)) return (v) => maskEndpoint(v, "EMAIL_ADDRESS");
  return undefined;
}

const WITHHELD = /^Recordings\.\d+\.(?:Location|UnprocessedTranscriptLocation)$/;

/**
 * Leaves the bot keeps out of Slack on purpose: where a recording is stored in S3 (internal; people
 * listen on the console's contact page instead).
 */
export function isWithheld(path: string): boolean {
  return WITHHELD.test(path);
}
