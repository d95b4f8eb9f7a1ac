import { beforeAll, describe, expect, it } from "vitest";
import { INSTANCE_ID } from "../fixtures/contacts.js";
import { postSigned, viewSubmissionBody } from "../support/slack-request.js";
import { type Harness, nthAnswer, SIGNING_SECRET, textOf, useHarness } from "./harness.js";
import { FOUND, seedSearch } from "./search-seed.js";

const PHONE_ATTRIBUTE = "callerNumber";

/** What the last SearchContacts request asked for, as the emulator read it off the wire. */
function lastCriteria(h: Harness): Record<string, unknown> | undefined {
  const call = h.connect.calls.filter((c) => c.operation === "SearchContacts").at(-1);
  return call?.input?.SearchCriteria as Record<string, unknown> | undefined;
}

async function search(h: Harness, text: string) {
  const { responseUrl } = await h.command(text);
  return nthAnswer(h, responseUrl);
}

const foundIds = (answer: unknown) =>
  Object.values(FOUND).filter((id) => textOf(answer).includes(id));

describe("search by what was said and by the caller's number", () => {
  const h = useHarness({ env: { SEARCH_PHONE_ATTRIBUTE: PHONE_ATTRIBUTE } });
  beforeAll(() => {
    seedSearch(h.connect);
    h.connect.setSearchableAttributes(INSTANCE_ID, ["orderId", PHONE_ATTRIBUTE]);
    h.connect.putAttributes(INSTANCE_ID, FOUND.chat, { [PHONE_ATTRIBUTE]: "+14155550123" });
    h.connect.putTranscript(INSTANCE_ID, FOUND.answered, [
      { ParticipantRole: "CUSTOMER", Content: "I was charged twice for my order." },
      { ParticipantRole: "AGENT", Content: "Sorry about that, I will refund the second charge." },
    ]);
    h.connect.putTranscript(INSTANCE_ID, FOUND.transfer, [
      { ParticipantRole: "CUSTOMER", Content: "I would like a refund, please." },
      { ParticipantRole: "AGENT", Content: "Let me transfer you to billing." },
    ]);
  });

  it('said:"charged twice" sends the transcript criteria and lists what matched', async () => {
    const answer = await search(h, 'search said:"charged twice" last:2h');
    expect(lastCriteria(h)).toEqual({
      ContactAnalysis: {
        Transcript: {
          Criteria: [
            { ParticipantRole: "CUSTOMER", SearchText: ["charged twice"], MatchType: "MATCH_ALL" },
            { ParticipantRole: "AGENT", SearchText: ["charged twice"], MatchType: "MATCH_ALL" },
          ],
          MatchType: "MATCH_ANY",
        },
      },
    });
    expect(foundIds(answer)).toEqual([FOUND.answered]);
    expect(textOf(answer)).toContain(
      "Contacts where anyone said “charged twice”, last 2 h — 1 found",
    );
  });

  it("customer said: / agent said: ask each side, all of them or any", async () => {
    const both = await search(h, 'search customer said:"charged twice" agent said:refund last:2h');
    expect(lastCriteria(h)?.ContactAnalysis).toEqual({
      Transcript: {
        Criteria: [
          { ParticipantRole: "CUSTOMER", SearchText: ["charged twice"], MatchType: "MATCH_ALL" },
          { ParticipantRole: "AGENT", SearchText: ["refund"], MatchType: "MATCH_ALL" },
        ],
        MatchType: "MATCH_ALL",
      },
    });
    expect(foundIds(both)).toEqual([FOUND.answered]);
    const any = await search(
      h,
      'search customer said:refund customer said:"charged twice" any last:2h',
    );
    expect(lastCriteria(h)?.ContactAnalysis).toEqual({
      Transcript: {
        Criteria: [
          {
            ParticipantRole: "CUSTOMER",
            SearchText: ["refund", "charged twice"],
            MatchType: "MATCH_ANY",
          },
        ],
        MatchType: "MATCH_ANY",
      },
    });
    expect(foundIds(any)).toEqual([FOUND.answered, FOUND.transfer]);
  });

  it("phone: searches SEARCH_PHONE_ATTRIBUTE for the number in E.164, masked in the answer and the audit", async () => {
    const answer = await search(h, "search phone:+1 (415) 555-0123 last:2h");
    expect(lastCriteria(h)).toEqual({
      SearchableContactAttributes: {
        Criteria: [{ Key: PHONE_ATTRIBUTE, Values: ["+14155550123"] }],
        MatchType: "MATCH_ALL",
      },
    });
    expect(foundIds(answer)).toEqual([FOUND.chat]);
    expect(textOf(answer)).toContain("from +1••••••0123");
    expect(textOf(answer)).not.toContain("4155550123");
    const audit = h.logs.filter((line) => line.msg === "audit").at(-1);
    expect(JSON.stringify(audit)).toContain(`phone:${PHONE_ATTRIBUTE}=*`);
    expect(JSON.stringify(h.logs)).not.toContain("4155550123");
  });

  it("the search form's phrase and number fields send the same criteria", async () => {
    const body = viewSubmissionBody({
      callbackId: "contact_search",
      privateMetadata: '{"c":"C1"}',
      values: {
        said: { said: { type: "plain_text_input", value: "charged twice\nrefund" } },
        said_by: { said_by: { type: "static_select", selected_option: { value: "agent" } } },
        said_match: { said_match: { type: "radio_buttons", selected_option: { value: "any" } } },
        time: { time: { type: "static_select", selected_option: { value: "7200" } } },
      },
    });
    expect((await postSigned(h.eventsUrl, body, { secret: SIGNING_SECRET })).status).toBe(200);
    const call = await h.slack.waitFor(() =>
      h.slack.calls.find((c) => c.method === "chat.postEphemeral"),
    );
    expect(lastCriteria(h)?.ContactAnalysis).toEqual({
      Transcript: {
        Criteria: [
          {
            ParticipantRole: "AGENT",
            SearchText: ["charged twice", "refund"],
            MatchType: "MATCH_ANY",
          },
        ],
        MatchType: "MATCH_ANY",
      },
    });
    expect(foundIds(call.args)).toEqual([FOUND.answered]);
  });
});

describe("phone: without SEARCH_PHONE_ATTRIBUTE", () => {
  const h = useHarness({ redis: false });

  it("answers how to set it up, without asking Connect", async () => {
    const answer = await search(h, "search phone:+1 415 555 0123");
    expect(answer.response_type).toBe("ephemeral");
    expect(textOf(answer)).toContain("Searching by phone needs setting up");
    expect(textOf(answer)).toContain("SEARCH_PHONE_ATTRIBUTE=customerPhone");
    expect(textOf(answer)).toContain("$.CustomerEndpoint.Address");
    expect(h.connect.count("SearchContacts")).toBe(0);
  });
});
