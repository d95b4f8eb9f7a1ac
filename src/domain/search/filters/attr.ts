import { InvalidSearchError } from "../../request-errors.js";
import type { SearchFilter } from "../search-filter.js";

export const attrFilter: SearchFilter = {
  name: "attr",
  command: {
    keys: ["attr"],
    reader() {
      const attributes: { key: string; value: string }[] = [];
      return {
        key: (_key, value, token) => {
          const eq = value.indexOf("=");
          if (eq <= 0 || eq === value.length - 1) {
            throw new InvalidSearchError(token, "attributes are attr:key=value");
          }
          attributes.push({ key: value.slice(0, eq), value: value.slice(eq + 1) });
        },
        finish: (query) => {
          query.attributes.push(...attributes);
        },
      };
    },
  },
  request: (query) =>
    query.attributes.length > 0
      ? {
          SearchCriteria: {
            SearchableContactAttributes: {
              Criteria: query.attributes.map((a) => ({ Key: a.key, Values: [a.value] })),
              MatchType: "MATCH_ALL",
            },
          },
        }
      : undefined,
  words: {
    slot: "detail",
    rank: 30,
    say: (d, { text }) => d.attributes.map((a) => `with ${text(a.key)} = ${text(a.value)}`),
  },
  audit: (query) => query.attributes.map((a) => `attr:${a.key}=*`),
  help: { text: "`attr:orderId=A-1001` (searchable contact attributes)" },
};
