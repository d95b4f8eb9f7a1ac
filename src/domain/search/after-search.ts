import type { FoundContact } from "./found-contact.js";
import type { JudgeContext, SearchFilter } from "./search-filter.js";
import { SEARCH_FILTERS } from "./search-filters.js";
import type { SearchQuery } from "./search-query.js";

/** True when filters judge summaries after the search: Connect's TotalCount no longer counts. */
export function judgedAfterSearch(
  query: SearchQuery,
  filters: readonly SearchFilter[] = SEARCH_FILTERS,
): boolean {
  return filters.some((f) => f.afterSearch?.active(query));
}

/** Whether a summary Connect found passes the filters it cannot apply itself. */
export function keptAfterSearch(
  contact: FoundContact,
  query: SearchQuery,
  judge: JudgeContext,
  filters: readonly SearchFilter[] = SEARCH_FILTERS,
): boolean {
  return filters.every((f) => f.afterSearch?.keeps(contact, query, judge) ?? true);
}
