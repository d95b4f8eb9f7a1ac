import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { createDeniedName } from "../../src/connect/attribute-filter.js";
import { extractContactRefs } from "../../src/connect/contact-ref.js";
import { alarmQueue } from "../../src/search/alarm-queue.js";

/**
 * The linear parsers against the backtracking regexes they replaced (issue 16), on short texts
 * where those are still fast: the same answer for every text.
 */
const OLD_QUEUE_NAME =
  /"?\bQueueName"?\s*[:=]\s*"?([^"\n\r,{}[\]]{1,127}?)"?\s*(?=[,}\]\n\r"]|$)/im;
const oldAlarmName = (text: string) => OLD_QUEUE_NAME.exec(text)?.[1]?.trim() || undefined;
const alarmName = (text: string) => {
  const found = alarmQueue(text);
  return found && "name" in found ? found.name : undefined;
};

const UUID = "[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}";
const OLD_IN_TEXT = new RegExp(
  [
    `arn:aws(?:-[a-z]+)*:connect:([a-z0-9-]+):\\d{12}:instance/(${UUID})/contact/(${UUID})`,
    "arn:aws[\\w-]*:[^\\s\"'<>|,;\\\\)\\]}]*",
    `(?<![0-9a-z]|[0-9a-f]-|instance/|instance[-_ ]?id["']?\\s*[:=]\\s*["']?)(${UUID})(?![0-9a-z]|-[0-9a-f])`,
  ].join("|"),
  "gi",
);
const oldContactIds = (text: string) => [
  ...new Set(
    [...text.matchAll(OLD_IN_TEXT)]
      .flatMap((m) => m[3] ?? m[4] ?? [])
      .map((id) => id.toLowerCase()),
  ),
];

const OLD_GLOB = (pattern: string) =>
  new RegExp(
    `^${pattern
      .split("*")
      .map((p) => p.replace(/[.*+?^${}()|[\]\\]/g, "\\$&"))
      .join(".*")}$`,
    "i",
  );

const ID = "0e8f6c1a-5b7d-4e2f-9a3c-1d2e3f4a5b6c";
const ARN = `arn:aws:connect:us-east-1:123456789012:instance/${ID}`;
/** Texts made of `words` (separated by `|`), up to 24 of them. */
const texts = (words: string) =>
  fc.array(fc.constantFrom(...words.split("|")), { maxLength: 24 }).map((parts) => parts.join(""));
const runs = { numRuns: Number(process.env.PROPERTY_RUNS ?? 3000) };

const QUEUE_TEXTS = texts(
  'QueueName|queuename|xQueueName|QueueName: |QueueName = |"QueueName": "|"|:|=| |  |\t|\u00a0|\n|\r|\u2028|,|{|}|[|]|Billing|Support|_|' +
    "b".repeat(60),
);
const ID_TEXTS = texts(
  `${ID}|${ID.slice(0, 20)}|${ARN}|${ARN}/contact/${ID}|instance|instance/|instanceId|instance_id|Instance-ID|"|'|:|=| |   |\t|\n|-|a|g|0|arn:aws:|/`,
);

describe("parsers that no longer backtrack answer as before", () => {
  it("alarmQueue reads the same QueueName as the old regex", () => {
    fc.assert(
      fc.property(QUEUE_TEXTS, (text) => {
        expect(alarmName(text)).toBe(oldAlarmName(text));
      }),
      runs,
    );
  });

  it.each([
    "QueueName: , QueueName: Billing",
    "QueueName: \nQueueName: Billing",
    'QueueName:  "{x QueueName: Billing',
    "QueueName:{ QueueName: Billing",
    "QueueName: Bill\u2028ing,",
    ...[126, 127, 128].flatMap((n) =>
      ["", "  ,", "x", " {"].map((tail) => `QueueName: ${"b".repeat(n)}${tail}`),
    ),
  ])("alarmQueue reads %j as the old regex did", (text) => {
    expect(alarmName(text)).toBe(oldAlarmName(text));
  });

  it("extractContactRefs finds the same contact ids as the old look-behind", () => {
    fc.assert(
      fc.property(ID_TEXTS, (text) => {
        expect(extractContactRefs(text).map((ref) => ref.contactId)).toEqual(oldContactIds(text));
      }),
      runs,
    );
  });

  it("the deny-list's globs match as the old anchored regexes did", () => {
    const patterns = ["card*", "*ssn", "a*b*c", "exact", "x**y", "*", "a.b"];
    const names = texts("card|CARD|ssn|a|b|c|x|y|exact|.|*|-");
    fc.assert(
      fc.property(fc.constantFrom(...patterns), names, (pattern, name) => {
        expect(createDeniedName([pattern])(name)).toBe(OLD_GLOB(pattern).test(name));
      }),
      runs,
    );
  });
});
