import type { FormErrors, FormValues, SearchFilter } from "./search-filter.js";
import { readingOrder, SEARCH_FILTERS } from "./search-filters.js";
import { emptyDraft, type SearchQuery, withWindow } from "./search-query.js";

export type { FormErrors, FormValues } from "./search-filter.js";

/**
 * The "Find contacts" form as the same query the command builds; or what to fix, field by field.
 * The window's own errors wait until the filters read.
 */
export function formQuery(
  values: FormValues,
  nowMs: number,
  options: { phoneAttribute?: string } = {},
  filters: readonly SearchFilter[] = SEARCH_FILTERS,
): { query: SearchQuery } | { errors: FormErrors } {
  const draft = emptyDraft();
  let errors: FormErrors | undefined;
  for (const filter of readingOrder(filters)) {
    if (!filter.form || (filter.window && errors)) continue;
    const read = filter.form.read(values, { nowMs, ...options });
    if ("errors" in read) errors = { ...errors, ...read.errors };
    else Object.assign(draft, read);
  }
  return errors ? { errors } : { query: withWindow(draft) };
}
