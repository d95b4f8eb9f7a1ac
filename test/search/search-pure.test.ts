import { describe, expect, it } from "vitest";
import { matchesOutcomes } from "../../src/domain/outcomes.js";
import { formQuery } from "../../src/domain/search/form-query.js";
import type { FoundContact } from "../../src/domain/search/found-contact.js";
import { alarmQueue } from "../../src/search/alarm-queue.js";
import { closestNames } from "../../src/search/closest-names.js";

const NOW = Date.UTC(2024, 4, 1, 12, 0, 0);

describe("closestNames", () => {
  const names = ["Billing Support", "Billing", "Sales", "Support", "Tech Support EMEA"];
  it("suggests names within a few typos, and names containing what was typed", () => {
    expect(closestNames("Biling", names)).toEqual(["Billing", "Billing Support"]);
    expect(closestNames("emea", names)).toEqual(["Tech Support EMEA"]);
    expect(closestNames("Zzzzzz", names)).toEqual([]);
  });
});

describe("alarmQueue", () => {
  const INSTANCE = "11111111-2222-3333-4444-555555555555";
  const QUEUE = "5339000f-6a46-4e8c-ae7f-a8b815a13d53";
  it.each([
    ["QueueName = Billing Support\nInstanceId = x", "Billing Support"],
    ["Dimensions: QueueName: Billing Support, InstanceId: x", "Billing Support"],
    ['{"InstanceId": "x", "QueueName": "Billing Support"}', "Billing Support"],
  ])("reads the QueueName dimension in %j", (text, name) => {
    expect(alarmQueue(text)).toEqual({ name });
  });

  it("reads a queue ARN, and nothing from a message without a queue", () => {
    const arn = `arn:aws:connect:us-east-1:123456789012:instance/${INSTANCE}/queue/${QUEUE}`;
    expect(alarmQueue(`queue ${arn} is slow`)).toEqual({ instanceId: INSTANCE, queueId: QUEUE });
    expect(alarmQueue(`InstanceId = ${INSTANCE}`)).toBeUndefined();
  });
});

describe("outcome words", () => {
  const base: FoundContact = { instanceId: "i", id: "c", startMs: NOW - 600_000 };
  const abandoned = { ...base, enqueuedMs: NOW - 590_000, endMs: NOW - 580_000 };
  const longWait = { ...base, enqueuedMs: NOW - 590_000, connectedMs: NOW - 400_000, endMs: NOW };
  const transferred = { ...base, method: "QUEUE_TRANSFER", connectedMs: NOW - 500_000 };
  it("judges each summary, all words together", () => {
    expect(matchesOutcomes(abandoned, ["abandoned"], 60, NOW)).toBe(true);
    expect(matchesOutcomes(abandoned, ["abandoned", "long-wait"], 60, NOW)).toBe(false);
    expect(matchesOutcomes(longWait, ["answered", "long-wait"], 60, NOW)).toBe(true);
    expect(matchesOutcomes(longWait, ["long-wait"], 600, NOW)).toBe(false);
    expect(matchesOutcomes(transferred, ["transferred"], 60, NOW)).toBe(true);
    expect(matchesOutcomes(base, ["abandoned"], 60, NOW)).toBe(false);
  });
});

describe("formQuery", () => {
  it("builds the command's query from a preset", () => {
    const read = formQuery(
      { queue: "Billing", channel: "voice", outcome: ["abandoned", "x"], time: "900" },
      NOW,
    );
    expect(read).toEqual({
      query: expect.objectContaining({
        queue: "Billing",
        channels: ["VOICE"],
        outcomes: ["abandoned"],
        startMs: NOW - 900_000,
        endMs: NOW,
      }),
    });
  });

  it("answers field by field what to fix", () => {
    expect(formQuery({ outcome: [], time: "custom" }, NOW)).toEqual({
      errors: { since: expect.any(String) },
    });
    const backwards = formQuery(
      {
        outcome: [],
        time: "custom",
        since: NOW / 1000 - 60,
        until: NOW / 1000 - 120,
      },
      NOW,
    );
    expect(backwards).toEqual({ errors: { until: expect.stringContaining("not after") } });
    const long = formQuery({ outcome: [], time: "custom", since: NOW / 1000 - 60 * 86_400 }, NOW);
    expect(long).toEqual({ errors: { since: expect.stringContaining("8 weeks") } });
  });
});
