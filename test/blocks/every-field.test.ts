import { describe, expect, it } from "vitest";
import { renderContactMessage } from "../../blocks/contact-message.js";
import { formatMillis, formatSeconds } from "../../blocks/duration.js";
import { escapeMrkdwn } from "../../blocks/escape.js";
import { TRUNCATION_NOTE } from "../../blocks/fit-message.js";
import { words } from "../../blocks/labels.js";
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

/** The ways a leaf may legitimately appear: as is, escaped, in words, as a duration or date token. */
function renderings({ key, value }: Leaf): string[] {
  if (value instanceof Date) return [`<!date^${epochSeconds(value)}^`];
  if (typeof value === "boolean") return [`${BOOLEAN_LABELS[key]}: ${value ? "Yes" : "No"}`];
  if (typeof value === "number") {
    const asDuration = /Seconds|Duration$/.test(key)
      ? formatSeconds(value)
      : /Millis$/.test(key)
        ? formatMillis(value)
        : undefined;
    return [String(value), ...(asDuration ? [asDuration] : [])];
  }
  const text = String(value);
  return [text, escapeMrkdwn(text), escapeMrkdwn(words(text)), comparisonWords(text)];
}

describe("every field of DescribeContact's Contact is shown somewhere", () => {
  const record = recordOf(FULL_CONTACT, { consoleBaseUrl: CONSOLE_BASE_URL });
  // Contact.Attributes are not deny-listed, so their values reach the user only through
  // options.attributes (what the listener passes after filtering); pass them that way here.
  const options: RenderOptions = {
    maskEndpoints: false,
    attributes: FULL_CONTACT.Attributes,
    chain: [{ contactId: FULL_CONTACT.Id, record }],
  };
  const messages = [undefined, ...SECTIONS].map((open) =>
    renderContactMessage(record, { ...options, open }),
  );
  const haystack = messages.map((message) => allText(message.blocks)).join("\n");

  it("renders each section whole (nothing cut, or this test would prove little)", () => {
    expect(haystack).not.toContain(TRUNCATION_NOTE);
  });

  it("walks the whole fixture", () => {
    expect(leaves(FULL_CONTACT).length).toBeGreaterThan(150);
  });

  it.each(leaves(FULL_CONTACT).map((leaf) => [leaf.path, leaf] as const))("%s", (_path, leaf) => {
    const found = renderings(leaf).some((rendering) => haystack.includes(rendering));
    expect(found, `${leaf.path} = ${String(leaf.value)} not found`).toBe(true);
  });
});
