import { agentFilter } from "./filters/agent.js";
import { attrFilter } from "./filters/attr.js";
import { channelFilter } from "./filters/channel.js";
import { methodFilter } from "./filters/method.js";
import { outcomeFilter } from "./filters/outcome.js";
import { phoneFilter } from "./filters/phone.js";
import { queueFilter } from "./filters/queue.js";
import { saidFilter } from "./filters/said.js";
import { timeFilter } from "./filters/time.js";
import type { NameKind, SearchFilter } from "./search-filter.js";

/**
 * Every search filter, in the order /contact help lists them: adding one is one entry here (its
 * command words, form inputs, request part, words, audit and help line all live in the entry).
 */
export const SEARCH_FILTERS: readonly SearchFilter[] = [
  queueFilter,
  agentFilter,
  channelFilter,
  methodFilter,
  timeFilter,
  attrFilter,
  saidFilter,
  phoneFilter,
  outcomeFilter,
];

/** The filters in the order a search is read: the window last, its errors are about the whole. */
export function readingOrder(filters: readonly SearchFilter[]): SearchFilter[] {
  return [...filters.filter((f) => !f.window), ...filters.filter((f) => f.window)];
}

/** The form's external selects, each with the kind of name it offers (block_suggestion). */
export function nameInputs(filters = SEARCH_FILTERS): { actionId: string; kind: NameKind }[] {
  return filters.flatMap(({ form, names }) =>
    form && names
      ? form.blocks
          .filter((b) => b.input.type === "external_select")
          .map((b) => ({ actionId: b.id, kind: names.kind }))
      : [],
  );
}
