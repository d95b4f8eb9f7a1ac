import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { createDeniedName } from "../../src/connect/attribute-filter.js";
import {
  contactRefFromConsoleUrl,
  extractContactRefs,
  parseContactArgs,
} from "../../src/connect/contact-ref.js";
import { BotError } from "../../src/domain/errors.js";
import { maskFreeText } from "../../src/domain/masking/free-text-mask.js";
import { parseSearch } from "../../src/domain/search/parse-search.js";
import { messageText } from "../../src/listeners/message-text.js";
import { parseFlowLogEvents } from "../../src/logs/flow-log-parser.js";
import { alarmQueue } from "../../src/search/alarm-queue.js";
import { closestNames } from "../../src/search/closest-names.js";
import { boundedText, MAX_TEXT } from "../../src/text/bounded-text.js";
import { HOSTILE_LENGTH, hostileText, KNOWN_HOSTILE } from "../support/hostile-text.js";

/**
 * Issue 16: every parser that reads text from outside, fed the longest text Slack carries, built
 * to make backtracking regexes retry at every position. No clock is read: a parser that
 * backtracks polynomially does not return for minutes, and the suite hangs and fails.
 */
const CONTACT_ID = "0e8f6c1a-5b7d-4e2f-9a3c-1d2e3f4a5b6c";
const denied = createDeniedName(["card*", "*ssn", "a*b*c*d"]);
const NAMES = ["Billing Support", "Sales", "Tech Support EMEA", "a".repeat(127)];

/** A parser may refuse the text, in its own words; it may not fail any other way. */
function refusedOrReturned<T>(parse: () => T): T | BotError {
  try {
    return parse();
  } catch (error) {
    expect(error).toBeInstanceOf(BotError);
    return error as BotError;
  }
}

function parseEverything(text: string): void {
  expect(text).toHaveLength(HOSTILE_LENGTH);
  expect(boundedText(`${text}${text}`)).toHaveLength(MAX_TEXT);
  const message = messageText({ text, attachments: [{ text, fields: [{ value: text }] }] });
  expect(Array.isArray(extractContactRefs(message))).toBe(true);
  alarmQueue(message);
  expect(Array.isArray(parseContactArgs(text).invalid)).toBe(true);
  contactRefFromConsoleUrl(text);
  refusedOrReturned(() => parseSearch(text, { nowMs: Date.now(), zone: "UTC" }));
  refusedOrReturned(() => parseSearch(`queue:"${text}" agent:${text}`, { nowMs: 0, zone: "UTC" }));
  expect(closestNames(text, NAMES).length).toBeLessThanOrEqual(3);
  expect(maskFreeText(text, { endpoints: true })).toBeTypeOf("string");
  denied(text);
  const line = { ContactId: CONTACT_ID, Timestamp: "2024-05-01T12:00:00Z", Results: text };
  const events = [{ message: JSON.stringify({ ...line, Parameters: { [text]: text, x: text } }) }];
  expect(parseFlowLogEvents(events, CONTACT_ID, denied)).toHaveLength(1);
}

describe("hostile text: 40,000 adversarial characters through every parser", () => {
  it.each(KNOWN_HOSTILE)("%s", (_name, text) => {
    parseEverything(text);
  });

  it("any run of spaces, digits, keys, partial ids and ARNs", () => {
    fc.assert(fc.property(hostileText, parseEverything), { numRuns: 40 });
  });

  it("still finds what a normal text holds after the hostile part was cut off", () => {
    const alert = `QueueName: Billing Support\ncontact ${CONTACT_ID}`;
    const message = messageText({ text: alert, attachments: [{ text: KNOWN_HOSTILE[0]?.[1] }] });
    expect(alarmQueue(message)).toEqual({ name: "Billing Support" });
    expect(extractContactRefs(message)).toEqual([{ contactId: CONTACT_ID }]);
  });
});
