import { describe, expect, it } from "vitest";
import { renderHelp } from "../../../blocks/help.js";
import { renderSearchForm } from "../../../blocks/search-form.js";
import { describeSearch } from "../../../blocks/search-words.js";
import { InvalidSearchError } from "../../../src/domain/request-errors.js";
import { auditFilters } from "../../../src/domain/search/audit-filters.js";
import { formQuery } from "../../../src/domain/search/form-query.js";
import { parseSearch } from "../../../src/domain/search/parse-search.js";
import type { SearchFilter } from "../../../src/domain/search/search-filter.js";
import { SEARCH_FILTERS } from "../../../src/domain/search/search-filters.js";
import type { SearchQuery } from "../../../src/domain/search/search-query.js";
import { searchContactsInput } from "../../../src/domain/search/search-request.js";
import { formValues } from "../../../src/search/form-values.js";

const NOW = Date.UTC(2024, 4, 1, 12, 0, 0);
const ctx = { nowMs: NOW, zone: "UTC" };
const at = { instanceId: "i-1" };
const helpText = (filters?: readonly SearchFilter[]) =>
  JSON.stringify(renderHelp(filters).blocks).replace(/\\"/g, '"');

function refusal(run: () => unknown): InvalidSearchError {
  try {
    run();
  } catch (error) {
    if (error instanceof InvalidSearchError) return error;
    throw error;
  }
  throw new Error("expected a refusal");
}

describe("the search filters table", () => {
  it.each(SEARCH_FILTERS.map((f) => [f.name, f] as const))(
    "%s shows in help and its syntax",
    (_, f) => {
      expect(helpText()).toContain(f.help.text);
      expect([...(f.command.keys ?? []), ...(f.command.words ?? [])].length).toBeGreaterThan(0);
      const listed = refusal(() => parseSearch("nope:1", ctx)).reason;
      for (const key of f.command.keys ?? []) expect(listed).toContain(key);
    },
  );

  it("gives every form input its block_id and action_id as the acceptance checks know them", () => {
    const view = renderSearchForm("meta");
    expect(view.callback_id).toBe("contact_search");
    const ids = view.blocks.map((b) => [b.block_id, "element" in b && b.element.action_id]);
    expect(ids).toEqual(
      ["queue", "agent", "channel", "outcome", "said", "said_by", "said_match", "phone"]
        .concat(["time", "since", "until"])
        .map((id) => [id, id]),
    );
    const formIds = SEARCH_FILTERS.flatMap((f) => f.form?.blocks.map((b) => b.id) ?? []);
    expect(formIds.sort()).toEqual(ids.map(([id]) => id).sort());
  });
});

/** A filter the bot does not have: a tag kept in a searchable segment attribute. */
type Tagged = SearchQuery & { tag?: string };
const tagFilter: SearchFilter = {
  name: "tag",
  command: {
    keys: ["tag"],
    reader() {
      let tag: string | undefined;
      return {
        key: (_key, value) => {
          tag = value;
        },
        finish: (query) => {
          if (tag) Object.assign(query, { tag });
        },
      };
    },
  },
  form: {
    position: 65,
    blocks: [
      {
        id: "tag",
        label: "Tag",
        input: { type: "plain_text_input", maxLength: 20, placeholder: "gold" },
      },
    ],
    // A real filter adds its field to SearchQuery; this one rides along untyped.
    read: (values) =>
      (typeof values.tag === "string" && values.tag
        ? { tag: values.tag }
        : {}) as Partial<SearchQuery>,
  },
  request: (query) => {
    const { tag } = query as Tagged;
    return tag
      ? {
          SearchCriteria: {
            SearchableSegmentAttributes: { Criteria: [{ Key: "tag", Values: [tag] }] },
          },
        }
      : undefined;
  },
  words: {
    slot: "detail",
    rank: 35,
    say: (d, { text }) => ((d as Tagged).tag ? [`tagged ${text((d as Tagged).tag!)}`] : []),
  },
  audit: (query) => [(query as Tagged).tag && "tag:*"],
  help: { text: "`tag:gold` — the contact's tag" },
};

describe("one more filter is one more entry", () => {
  const filters = [...SEARCH_FILTERS, tagFilter];

  it("is read from the command and the form alike", () => {
    const query = parseSearch("queue:Billing tag:gold", ctx, filters) as Tagged;
    expect(query.tag).toBe("gold");
    expect(refusal(() => parseSearch("nope:1", ctx, filters)).reason).toMatch(/phone and tag$/);
    const state = { tag: { tag: { type: "plain_text_input", value: "gold" } } };
    const read = formQuery(formValues(state as never, filters), NOW, {}, filters);
    expect(read).toMatchObject({ query: { tag: "gold" } });
  });

  it("shows in the form, the request, the sentence, the audit log and help", () => {
    const query = parseSearch("attr:k=v tag:gold", ctx, filters);
    const form = renderSearchForm("m", filters).blocks.map((b) => b.block_id);
    expect(form.slice(7, 9)).toEqual(["phone", "tag"]);
    expect(searchContactsInput(query, at, 10, filters).SearchCriteria).toEqual({
      SearchableContactAttributes: {
        Criteria: [{ Key: "k", Values: ["v"] }],
        MatchType: "MATCH_ALL",
      },
      SearchableSegmentAttributes: { Criteria: [{ Key: "tag", Values: ["gold"] }] },
    });
    expect(describeSearch(query, filters).plain).toBe("Contacts with k = v tagged gold, last 1 h");
    expect(auditFilters(query, filters)).toMatch(/^attr:k=\* tag:\* range:/);
    expect(helpText(filters)).toContain("• `tag:gold` — the contact's tag");
    expect(helpText()).not.toContain("tag:gold");
  });
});
