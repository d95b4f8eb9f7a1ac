import { describe, expect, it } from "vitest";
import { renderError } from "../../blocks/error-message.js";
import { renderSearchForm } from "../../blocks/search-form.js";
import { renderSearchList, type SearchListRow } from "../../blocks/search-list.js";
import {
  InvalidSearchError,
  SearchExpiredError,
  UnknownNameError,
} from "../../src/domain/request-errors.js";
import { AGENTS, INSTANCE_ID } from "../fixtures/contacts.js";

const START = Date.UTC(2024, 4, 1, 10, 0, 0);
const id = (n: number) => `00000000-0000-4000-8000-${String(n).padStart(12, "0")}`;

const row = (n: number, fields: Partial<SearchListRow> = {}): SearchListRow => ({
  instanceId: INSTANCE_ID,
  contactId: id(n),
  channel: "VOICE",
  startMs: START - n * 60_000,
  endMs: START - n * 60_000 + 252_000,
  queueName: "Billing Support",
  agentName: `${AGENTS.jane.firstName} ${AGENTS.jane.lastName}`,
  abandoned: false,
  ...fields,
});

const description = {
  queue: "Billing Support",
  channels: ["VOICE"],
  methods: [],
  attributes: [],
  outcomes: ["abandoned"],
  time: { last: 7200 },
};

describe("renderSearchList", () => {
  it("says the phrases escaped, by whom, and the caller's number masked", () => {
    const said = {
      phrases: [
        { speaker: "customer", text: "charged <!here> twice" },
        { speaker: "anyone", text: "refund" },
      ],
      match: "any",
    };
    const message = renderSearchList({
      description: { ...description, said, phone: { number: "+14155550123" } },
      rows: [],
      found: 0,
    });
    const json = JSON.stringify(message.blocks);
    expect(json).toContain(
      "from +1••••••0123 where the customer said “charged &lt;!here&gt; twice” or anyone said “refund”",
    );
    expect(json).not.toMatch(/4155550123|<!here>/);
  });

  it("says the query in words and the count, one line and Open button per contact, and More", () => {
    const rows = [
      row(1, { abandoned: true, agentName: undefined }),
      row(2, { endMs: undefined }),
      row(3, { longWaitSeconds: 312 }),
    ];
    const message = renderSearchList({ description, rows, found: 7, moreKey: "0123456789abcdef" });
    expect(message.text).toBe("Abandoned voice contacts in Billing Support, last 2 h — 7 found");
    expect(message).toMatchSnapshot();
    const opens = message.blocks.filter(
      (b) => b.type === "section" && b.accessory?.type === "button",
    );
    expect(
      opens.map(
        (b) =>
          b.type === "section" &&
          b.accessory &&
          "value" in b.accessory &&
          JSON.parse(String(b.accessory.value)),
      ),
    ).toEqual(rows.map((r) => ({ i: INSTANCE_ID, c: r.contactId })));
    const json = JSON.stringify(message.blocks);
    expect(json).toContain("*abandoned*");
    expect(json).toContain("_in progress_");
    expect(json).toContain("⏳ waited 5m 12s");
    expect(json).toContain('"action_id":"contact_search_more"');
  });

  it("escapes names from Connect and the query, and leaves out More on the last page", () => {
    const hostile = "<!channel> & <https://evil|click>";
    const message = renderSearchList({
      description: { ...description, queue: hostile, attributes: [{ key: "k", value: "<@U1>" }] },
      rows: [row(1, { queueName: hostile, agentName: "<@U123>" })],
      found: 1,
      offset: 10,
    });
    const json = JSON.stringify(message.blocks);
    expect(json).not.toMatch(/<!channel>|<@U|<https:\/\/evil/);
    expect(json).toContain("&lt;!channel&gt; &amp;");
    expect(json).toContain("Showing 11–11");
    expect(json).not.toContain("contact_search_more");
  });

  it("says when nothing was found, with the query in words", () => {
    const message = renderSearchList({
      description: {
        ...description,
        outcomes: [],
        time: { since: START, until: START + 3600_000 },
      },
      rows: [],
      found: 0,
    });
    expect(message.text).toBe(
      "No contacts found: Voice contacts in Billing Support, since 2024-05-01T10:00Z until 2024-05-01T11:00Z — none found",
    );
    expect(JSON.stringify(message.blocks)).toContain("<!date^1714557600^");
  });

  it("offers More when no match was among the contacts read so far", () => {
    const message = renderSearchList({
      description,
      rows: [],
      found: 0,
      foundAtLeast: true,
      moreKey: "0123456789abcdef",
    });
    const json = JSON.stringify(message.blocks);
    expect(json).toContain("More reads the next ones");
    expect(json).toContain('"action_id":"contact_search_more"');
  });

  it("counts a lower bound with outcome words and pages left", () => {
    const message = renderSearchList({
      description,
      rows: [row(1)],
      found: 10,
      foundAtLeast: true,
    });
    expect(message.text).toContain("10+ found");
  });
});

describe("search errors and form", () => {
  it("words bad filters, unknown names with suggestions and expired searches", () => {
    expect(renderError(new InvalidSearchError("colour:<b>", "the filters are …")).text).toContain(
      "`colour:&lt;b&gt;`",
    );
    expect(renderError(new UnknownNameError("queue", "Biling", ["Billing Support"])).text).toBe(
      "⚠️ No queue named *Biling* — did you mean *Billing Support*?",
    );
    expect(renderError(new UnknownNameError("agent", "zed", [])).text).toBe(
      "⚠️ No agent named *zed*.",
    );
    expect(renderError(new SearchExpiredError()).text).toContain(
      "This search has expired — run it again",
    );
  });

  it("has the inputs the submission handler reads, by block_id and action_id", () => {
    const view = renderSearchForm('{"c":"C1"}');
    expect(view).toMatchSnapshot();
    expect(view.callback_id).toBe("contact_search");
    expect(view.blocks.map((b) => b.block_id)).toEqual([
      "queue",
      "agent",
      "channel",
      "outcome",
      "said",
      "said_by",
      "said_match",
      "phone",
      "time",
      "since",
      "until",
    ]);
  });
});
