import { describe, expect, it } from "vitest";
import { createDeniedName } from "../../src/connect/attribute-filter.js";
import { parseFlowLogEvents } from "../../src/logs/flow-log-parser.js";
import { CONTACT_IDS } from "../fixtures/contacts.js";
import { flowLogEvents, LAMBDA_ARN, MAIN_FLOW } from "../fixtures/flow-logs.js";

const ID = CONTACT_IDS.voiceInbound;
const denied = createDeniedName(["cardNumber", "ssn*"]);
const event = (entry: unknown, timestamp = 1) => ({ message: JSON.stringify(entry), timestamp });

describe("parseFlowLogEvents", () => {
  it("keeps this contact's entries in time order and skips other contacts and broken lines", () => {
    const steps = parseFlowLogEvents([...flowLogEvents()].reverse(), ID, denied);
    expect(steps).toHaveLength(11);
    expect(steps.map((s) => s.at)).toEqual([...steps.map((s) => s.at)].sort());
    expect(JSON.stringify(steps)).not.toContain("OTHER CONTACT");
    expect(steps[0]).toMatchObject({
      blockType: "SetLoggingBehavior",
      flowName: MAIN_FLOW.name,
      flowArn: MAIN_FLOW.arn,
      parameters: { LoggingBehavior: "Enable" },
    });
  });

  it("compares the contact id case-insensitively and skips non-objects", () => {
    const lines = [
      { message: "not json" },
      { message: "[1,2]" },
      { message: "null" },
      event({ ContactId: 42 }),
      event({ ContactId: ID.toUpperCase(), ContactFlowModuleType: "Wait" }),
      {},
    ];
    expect(parseFlowLogEvents(lines, ID, denied).map((s) => s.blockType)).toEqual(["Wait"]);
  });

  it("marks failures: error results, Error, timeouts, no match, Lambda errors", () => {
    const steps = parseFlowLogEvents(
      [
        event({ ContactId: ID, Results: "The Lambda Function Returned An Error." }, 1),
        event({ ContactId: ID, Results: "Timeout" }, 2),
        event({ ContactId: ID, Results: "NoMatchingCondition" }, 3),
        event({ ContactId: ID, Error: "ContactFlowError" }, 4),
        event({ ContactId: ID, ExternalResults: { errorType: "TypeError" } }, 5),
        event({ ContactId: ID, Results: "Success", ExternalResults: { isFound: "true" } }, 6),
      ],
      ID,
      denied,
    );
    expect(steps.map((s) => s.failure)).toEqual([
      "The Lambda Function Returned An Error.",
      "Timeout",
      "NoMatchingCondition",
      "ContactFlowError",
      "TypeError",
      undefined,
    ]);
    expect(steps[5]?.externalResults).toEqual({ isFound: "true" });
  });

  it("drops deny-listed attributes, keys and values, at every level", () => {
    const [step] = parseFlowLogEvents(
      [
        event({
          ContactId: ID,
          Parameters: {
            Key: "CardNumber",
            Value: "4111111111111111",
            Attributes: { ssnLast4: "secret-ssn-tail", lang: "en" },
            FunctionArn: LAMBDA_ARN,
          },
          ExternalResults: { cardNumber: "4111", tier: "Gold" },
        }),
      ],
      ID,
      denied,
    );
    const text = JSON.stringify(step);
    expect(text).not.toContain("4111");
    expect(text).not.toContain("secret-ssn-tail");
    expect(text).not.toMatch(/cardnumber|ssn/i);
    expect(step?.parameters.Attributes).toBe('{"lang":"en"}');
    expect(step?.externalResults).toEqual({ tier: "Gold" });
  });

  it("keeps a __proto__ key a plain key", () => {
    const message = `{"ContactId":"${ID}","Parameters":{"__proto__":"x","Text":"hi"}}`;
    const [step] = parseFlowLogEvents([{ message, timestamp: 1 }], ID, denied);
    expect(Object.getPrototypeOf(step?.parameters)).toBe(Object.prototype);
    expect(Object.keys(step?.parameters ?? {})).toEqual(["__proto__", "Text"]);
  });

  it("uses the event's timestamp when the entry's is missing or broken", () => {
    const [step] = parseFlowLogEvents([event({ ContactId: ID, Timestamp: "soon" }, 0)], ID, denied);
    expect(step?.at).toBe("1970-01-01T00:00:00.000Z");
  });
});
