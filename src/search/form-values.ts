import type { ViewSubmitAction } from "@slack/bolt";
import type { FormValues, SearchFilter } from "../domain/search/search-filter.js";
import { SEARCH_FILTERS } from "../domain/search/search-filters.js";
import { boundedText } from "../text/bounded-text.js";

type State = ViewSubmitAction["view"]["state"]["values"];

/** Slack's own limit for an option's value: the form's input is text from outside like any. */
const MAX_OPTION = 150;

/** The search form's submission by block id, read the way each filter's input type answers. */
export function formValues(
  state: State,
  filters: readonly SearchFilter[] = SEARCH_FILTERS,
): FormValues {
  const values: FormValues = {};
  for (const block of filters.flatMap((f) => f.form?.blocks ?? [])) {
    const at = state[block.id]?.[block.id];
    switch (block.input.type) {
      case "checkboxes":
        values[block.id] = (at?.selected_options ?? []).map((o) =>
          boundedText(o.value, MAX_OPTION),
        );
        break;
      case "plain_text_input":
        values[block.id] = typeof at?.value === "string" ? boundedText(at.value) : undefined;
        break;
      case "datetimepicker":
        values[block.id] = at?.selected_date_time ?? undefined;
        break;
      default: {
        const value = at?.selected_option?.value;
        values[block.id] = typeof value === "string" ? boundedText(value, MAX_OPTION) : undefined;
      }
    }
  }
  return values;
}
