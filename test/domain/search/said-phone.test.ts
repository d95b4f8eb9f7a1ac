import { describe, expect, it } from "vitest";
import {
  InvalidSearchError,
  PhoneSearchNotSetUpError,
} from "../../../src/domain/request-errors.js";
import { auditFilters } from "../../../src/domain/search/audit-filters.js";
import { formQuery } from "../../../src/domain/search/form-query.js";
import { parseSearch } from "../../../src/domain/search/parse-search.js";
import { readPhoneNumber } from "../../../src/domain/search/phone-number.js";
import { searchContactsInput } from "../../../src/domain/search/search-request.js";

const NOW = Date.UTC(2024, 4, 1, 12, 0, 0);
const ctx = { nowMs: NOW, zone: "UTC", phoneAttribute: "callerNumber" };
const at = { instanceId: "i-1", region: "us-east-1", buffer: [], done: false };

const criteria = (text: string) =>
  searchContactsInput(parseSearch(text, ctx), at, 100).SearchCriteria;

function refusal(
  text: string,
  context: Parameters<typeof parseSearch>[1] = ctx,
): InvalidSearchError {
  try {
    parseSearch(text, context);
  } catch (error) {
    if (error instanceof InvalidSearchError) return error;
    throw error;
  }
  throw new Error(`expected ${text} to be refused`);
}

describe("said: — the Contact Lens transcript", () => {
  it("asks either side for a phrase, each side all of it", () => {
    expect(criteria('said:"charged twice"')?.ContactAnalysis).toEqual({
      Transcript: {
        Criteria: [
          { ParticipantRole: "CUSTOMER", SearchText: ["charged twice"], MatchType: "MATCH_ALL" },
          { ParticipantRole: "AGENT", SearchText: ["charged twice"], MatchType: "MATCH_ALL" },
        ],
        MatchType: "MATCH_ANY",
      },
    });
  });

  it("asks one side with customer said: / agent said:, every phrase unless `any`", () => {
    expect(criteria('customer said:"charged twice" customer said:refund')?.ContactAnalysis).toEqual(
      {
        Transcript: {
          Criteria: [
            {
              ParticipantRole: "CUSTOMER",
              SearchText: ["charged twice", "refund"],
              MatchType: "MATCH_ALL",
            },
          ],
          MatchType: "MATCH_ALL",
        },
      },
    );
    expect(criteria('customer said:"charged twice" agent said:sorry')?.ContactAnalysis).toEqual({
      Transcript: {
        Criteria: [
          { ParticipantRole: "CUSTOMER", SearchText: ["charged twice"], MatchType: "MATCH_ALL" },
          { ParticipantRole: "AGENT", SearchText: ["sorry"], MatchType: "MATCH_ALL" },
        ],
        MatchType: "MATCH_ALL",
      },
    });
  });

  it("with `any`, mixes either side with one side: every criterion MATCH_ANY", () => {
    expect(criteria('customer said:"charged twice" said:refund any')?.ContactAnalysis).toEqual({
      Transcript: {
        Criteria: [
          {
            ParticipantRole: "CUSTOMER",
            SearchText: ["charged twice", "refund"],
            MatchType: "MATCH_ANY",
          },
          { ParticipantRole: "AGENT", SearchText: ["refund"], MatchType: "MATCH_ANY" },
        ],
        MatchType: "MATCH_ANY",
      },
    });
  });

  it("reads curly quotes, and keeps the phrases out of the audit line", () => {
    const query = parseSearch("Customer said:“charged twice” ANY", ctx);
    expect(query.said).toEqual({
      phrases: [{ speaker: "customer", text: "charged twice" }],
      match: "any",
    });
    expect(auditFilters(query)).toContain("said:1:any");
    expect(auditFilters(query)).not.toContain("charged");
  });

  it.each([
    ['said:"charged twice" customer said:refund', "only with the word any"],
    ["customer queue:Billing", "customer and agent go right before said:"],
    ["agent", "customer and agent go right before said:"],
    ["said:charged twice", 'a phrase of several words goes in quotes, as in said:"charged twice"'],
    ["any", "any combines said: phrases"],
    [`said:"${"x".repeat(129)}"`, "a phrase is at most 128 characters"],
    [Array.from({ length: 11 }, (_, i) => `said:p${i}`).join(" "), "at most 10 phrases"],
  ])("refuses %j: %s", (text, reason) => {
    expect(refusal(text).reason).toContain(reason);
  });
});

describe("phone: — the caller's number in a searchable attribute", () => {
  it("normalises the number to E.164 and searches SEARCH_PHONE_ATTRIBUTE beside attr:", () => {
    expect(criteria("phone:+1 415 555 0123 attr:orderId=A-1")?.SearchableContactAttributes).toEqual(
      {
        Criteria: [
          { Key: "orderId", Values: ["A-1"] },
          { Key: "callerNumber", Values: ["+14155550123"] },
        ],
        MatchType: "MATCH_ALL",
      },
    );
    const query = parseSearch('phone:"+44 (20) 7946-0958" abandoned', ctx);
    expect(query.phone).toEqual({ key: "callerNumber", number: "+442079460958" });
    expect(query.outcomes).toEqual(["abandoned"]);
    expect(auditFilters(query)).toContain("phone:callerNumber=*");
    expect(auditFilters(query)).not.toContain("7946");
  });

  it("without SEARCH_PHONE_ATTRIBUTE, answers how to set it up", () => {
    expect(() => parseSearch("phone:+14155550123", { nowMs: NOW, zone: "UTC" })).toThrow(
      PhoneSearchNotSetUpError,
    );
  });

  it("refuses a number without its country code, quoting it masked", () => {
    const error = refusal("phone:415 555 0123");
    expect(error.reason).toContain("country code");
    expect(error.filter).toBe("phone:4•••••0123");
    expect(refusal("phone:+1-800-FLOWERS").reason).toBe("that is not a phone number");
    expect(refusal("phone:+14155550123 phone:+14155550124").reason).toBe("only one phone");
  });

  it.each([
    ["+1 415 555 0123", "+14155550123"],
    ["+1 (415) 555-0123", "+14155550123"],
    ["0044 20 7946 0958", "+442079460958"],
    ["+4420.7946.0958", "+442079460958"],
  ])("reads %j as %s", (written, e164) => {
    expect(readPhoneNumber(written)).toEqual({ e164 });
  });

  it.each([["+0 123 456 789"], ["+1 23"], ["+1234567890123456"], ["++14155550123"], ["12ab"]])(
    "refuses %j",
    (written) => {
      expect(readPhoneNumber(written)).toHaveProperty("problem");
    },
  );
});

describe("the search form's phrase and number fields", () => {
  const base = { outcome: [], time: "3600" };

  it("builds the same query as the command", () => {
    const read = formQuery(
      {
        ...base,
        said: "charged twice\n\n refund ",
        said_by: "customer",
        said_match: "any",
        phone: "+1 415 555 0123",
      },
      NOW,
      { phoneAttribute: "callerNumber" },
    );
    expect(read).toMatchObject({
      query: {
        said: {
          phrases: [
            { speaker: "customer", text: "charged twice" },
            { speaker: "customer", text: "refund" },
          ],
          match: "any",
        },
        phone: { key: "callerNumber", number: "+14155550123" },
      },
    });
  });

  it("shows what to fix under each field", () => {
    const read = formQuery({ ...base, said: "x".repeat(200), phone: "+1 415 555 0123" }, NOW);
    expect(read).toEqual({
      errors: {
        said: "A phrase is at most 128 characters.",
        phone:
          "Searching by phone is not set up yet: it needs SEARCH_PHONE_ATTRIBUTE (see /contact help).",
      },
    });
    expect(formQuery({ ...base, phone: "555 0123" }, NOW, { phoneAttribute: "p" })).toMatchObject({
      errors: { phone: expect.stringContaining("country code") },
    });
  });
});
