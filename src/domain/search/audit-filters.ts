import type { SearchFilter } from "./search-filter.js";
import { readingOrder, SEARCH_FILTERS } from "./search-filters.js";
import type { SearchQuery } from "./search-query.js";

/**
 * The query in the words of the audit log: filters without attribute values, phrases or numbers,
 * which may be PII (only how many phrases).
 */
export function auditFilters(
  query: SearchQuery,
  filters: readonly SearchFilter[] = SEARCH_FILTERS,
): string {
  return readingOrder(filters)
    .flatMap((f) => f.audit(query))
    .filter(Boolean)
    .join(" ");
}
