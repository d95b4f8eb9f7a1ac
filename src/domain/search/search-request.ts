import type { SearchContactsRequest, SearchCriteria } from "../connect-model.js";
import type { ResolvedIds, SearchFilter } from "./search-filter.js";
import { SEARCH_FILTERS } from "./search-filters.js";
import type { SearchQuery } from "./search-query.js";

/** Where one instance's search stands: its resolved ids and Connect's NextToken. */
export interface InstancePlace extends ResolvedIds {
  instanceId: string;
  next?: string;
}

/** Every filter's criteria in one; searchable attributes of several filters all must match. */
function mergeCriteria(into: SearchCriteria, part: SearchCriteria): void {
  const had = into.SearchableContactAttributes?.Criteria ?? [];
  Object.assign(into, part);
  const added = part.SearchableContactAttributes?.Criteria;
  if (added)
    into.SearchableContactAttributes = { Criteria: [...had, ...added], MatchType: "MATCH_ALL" };
}

/** One SearchContacts request: the query's criteria, newest first, from the instance's place. */
export function searchContactsInput(
  query: SearchQuery,
  at: InstancePlace,
  maxResults: number,
  filters: readonly SearchFilter[] = SEARCH_FILTERS,
): SearchContactsRequest {
  const SearchCriteria: SearchCriteria = {};
  let TimeRange: SearchContactsRequest["TimeRange"];
  for (const filter of filters) {
    const part = filter.request?.(query, at);
    TimeRange = part?.TimeRange ?? TimeRange;
    if (part?.SearchCriteria) mergeCriteria(SearchCriteria, part.SearchCriteria);
  }
  if (!TimeRange) throw new Error("the search filters have no time window");
  return {
    InstanceId: at.instanceId,
    TimeRange,
    SearchCriteria,
    // Sent explicitly: the list reads newest first, and Connect's default order is not documented.
    Sort: { FieldName: "INITIATION_TIMESTAMP", Order: "DESCENDING" },
    MaxResults: maxResults,
    NextToken: at.next,
  };
}
