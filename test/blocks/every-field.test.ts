import { describe, expect, it } from "vitest";
import { renderContactMessage } from "../../blocks/contact-message.js";
import { formatSeconds } from "../../blocks/duration.js";
import { escapeMrkdwn } from "../../blocks/escape.js";
import { TRUNCATION_NOTE } from "../../blocks/fit-message.js";
import { maskEndpoint, maskName } from "../../blocks/mask.js";
import { type RenderOptions, SECTIONS } from "../../blocks/model.js";
import { comparisonWords } from "../../blocks/routing-expression.js";
import { epochSeconds } from "../../blocks/slack-date.js";
import { CONSOLE_BASE_URL, FULL_CONTACT, recordOf } from "../fixtures/contacts.js";
import { allText } from "./support/inspect.js";

interface Leaf {
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

function leaves(node: unknown, path = "", key = ""): Leaf[] {
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
function found(haystack: string, { key, value }: Leaf): boolean {
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

/** The text of the summary and of every section opened in turn. */
function everythingShown(maskEndpoints: boolean): string {
  const record = recordOf(FULL_CONTACT, { consoleBaseUrl: CONSOLE_BASE_URL });
  // Contact.Attributes are not deny-listed, so their values reach the user only through
  // options.attributes (what the listener passes after filtering); pass them that way here.
  const options: RenderOptions = {
    maskEndpoints,
    attributes: FULL_CONTACT.Attributes,
    chain: [{ contactId: FULL_CONTACT.Id, record }],
  };
  return [undefined, ...SECTIONS]
    .map((open) => allText(renderContactMessage(record, { ...options, open }).blocks))
    .join("\n");
}

describe("every field of DescribeContact's Contact is shown somewhere", () => {
  const haystack = everythingShown(false);

  it("renders each section whole (nothing cut, or this test would prove little)", () => {
    expect(haystack).not.toContain(TRUNCATION_NOTE);
  });

  it("walks the whole fixture", () => {
    expect(leaves(FULL_CONTACT).length).toBeGreaterThan(150);
  });

  it.each(leaves(FULL_CONTACT).map((leaf) => [leaf.path, leaf] as const))("%s", (_path, leaf) => {
    expect(found(haystack, leaf), `${leaf.path} = ${String(leaf.value)} not found`).toBe(true);
  });
});

/** Customer PII: shown masked by default, so it is visible without being readable. */
const PII: Record<string, (value: string) => string> = {
  "CustomerEndpoint.Address": (v) => maskEndpoint(v, "TELEPHONE_NUMBER"),
  "CustomerEndpoint.DisplayName": maskName,
  "AdditionalEmailRecipients.ToList.0.Address": (v) => maskEndpoint(v, "EMAIL_ADDRESS"),
  "AdditionalEmailRecipients.ToList.0.DisplayName": maskName,
  "AdditionalEmailRecipients.CcList.0.Address": (v) => maskEndpoint(v, "EMAIL_ADDRESS"),
  "AdditionalEmailRecipients.CcList.0.DisplayName": maskName,
};

describe("with customer endpoints masked (the default), every leaf is still there", () => {
  const haystack = everythingShown(true);

  it("renders each section whole", () => {
    expect(haystack).not.toContain(TRUNCATION_NOTE);
  });

  it.each(leaves(FULL_CONTACT).map((leaf) => [leaf.path, leaf] as const))("%s", (path, leaf) => {
    const mask = PII[path];
    if (!mask) {
      expect(found(haystack, leaf), `${path} = ${String(leaf.value)} not found`).toBe(true);
      return;
    }
    const value = String(leaf.value);
    expect(haystack).toContain(mask(value));
    expect(haystack).not.toContain(value);
  });
});
