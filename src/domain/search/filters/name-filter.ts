import { InvalidSearchError } from "../../request-errors.js";
import type { NameKind, SearchFilter } from "../search-filter.js";

/**
 * `queue:` and `agent:`: a name (or id) typed once, resolved to ids in every instance by the
 * search adapter, picked in the form from an external select.
 */
export function nameFilter(
  kind: NameKind,
  parts: {
    label: string;
    placeholder: string;
    position: number;
    rank: number;
    help: SearchFilter["help"];
  },
  say: (name: string) => string,
): SearchFilter {
  return {
    name: kind,
    command: {
      keys: [kind],
      reader() {
        let typed: string | undefined;
        return {
          key(_key, value, token) {
            if (typed !== undefined) throw new InvalidSearchError(token, `only one ${kind}`);
            typed = value;
          },
          finish(query) {
            if (typed !== undefined) query[kind] = typed;
          },
        };
      },
    },
    form: {
      position: parts.position,
      blocks: [
        {
          id: kind,
          label: parts.label,
          input: { type: "external_select", placeholder: parts.placeholder },
        },
      ],
      read: (values) => {
        const value = values[kind];
        return { [kind]: typeof value === "string" ? value : undefined };
      },
    },
    names: { kind, typed: (query) => query[kind] },
    request(_query, ids) {
      const resolved = ids[`${kind}Ids`];
      if (!resolved) return undefined;
      return { SearchCriteria: kind === "queue" ? { QueueIds: resolved } : { AgentIds: resolved } };
    },
    words: {
      slot: "detail",
      rank: parts.rank,
      say: (d, style) => {
        const name = d[kind];
        return name ? [say(style.text(name))] : [];
      },
    },
    audit: (query) => [query[kind] && `${kind}:${query[kind]}`],
    help: parts.help,
  };
}
