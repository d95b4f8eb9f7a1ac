import type { SearchCriteria } from "../../connect-model.js";
import { words } from "../../labels.js";
import { InvalidSearchError } from "../../request-errors.js";
import type { SearchFilter } from "../search-filter.js";

/** `channel:voice,chat` or `method:inbound|api`: upper-case values, each one of `allowed`. */
function enumValues(token: string, value: string, allowed: readonly string[], what: string) {
  return value.split(/[,|]/).map((item) => {
    const upper = item.trim().toUpperCase();
    if (!allowed.includes(upper)) {
      const list = allowed.map((a) => a.toLowerCase()).join(", ");
      throw new InvalidSearchError(token, `${what} is one of ${list}`);
    }
    return upper;
  });
}

/** "voice, chat or task". */
const orList = (items: readonly string[]) =>
  items.length <= 1 ? (items[0] ?? "") : `${items.slice(0, -1).join(", ")} or ${items.at(-1)}`;

/**
 * A filter of Connect's enum values (`channel:`, `method:`): several values mean any of them, said
 * as one kind of contact ("voice or chat contacts").
 */
export function enumFilter(parts: {
  key: "channel" | "method";
  field: "channels" | "methods";
  allowed: readonly string[];
  criteria: (values: string[]) => SearchCriteria;
  rank: number;
  help: SearchFilter["help"];
  form?: SearchFilter["form"];
}): SearchFilter {
  const { key, field } = parts;
  return {
    name: key,
    command: {
      keys: [key],
      reader() {
        const values: string[] = [];
        return {
          key: (_key, value, token) => {
            values.push(...enumValues(token, value, parts.allowed, `the ${key}`));
          },
          finish: (query) => {
            query[field].push(...values);
          },
        };
      },
    },
    ...(parts.form && { form: parts.form }),
    request: (query) =>
      query[field].length > 0 ? { SearchCriteria: parts.criteria(query[field]) } : undefined,
    words: {
      slot: "kind",
      rank: parts.rank,
      say: (d) => [orList(d[field].map((v) => words(v).toLowerCase()))],
    },
    audit: (query) => [
      query[field].length > 0 ? `${key}:${query[field].join(",").toLowerCase()}` : undefined,
    ],
    help: parts.help,
  };
}
