import type { types } from "@slack/bolt";
import type { FormBlock, FormInput, FormOption } from "../src/domain/search/search-filter.js";
import { SEARCH_FILTERS } from "../src/domain/search/search-filters.js";
import { plainText } from "./block-kit.js";

/** The modal's callback_id; every input's block_id is also its action_id (the filters' form ids). */
export const SEARCH_FORM = { callbackId: "contact_search" } as const;

const option = (text: string, value: string): types.PlainTextOption => ({
  text: plainText(text, 75),
  value,
});
const options = (list: readonly FormOption[]) => list.map(([text, value]) => option(text, value));
const initial = (list: readonly FormOption[], value: string | undefined) => {
  const found = list.find(([, v]) => v === value);
  return found && { initial_option: option(found[0], found[1]) };
};

function element(id: string, input: FormInput): types.InputBlockElement {
  switch (input.type) {
    case "external_select":
      return {
        type: input.type,
        action_id: id,
        placeholder: plainText(input.placeholder, 150),
        min_query_length: 0,
      };
    case "static_select":
      return {
        type: input.type,
        action_id: id,
        ...(input.placeholder && { placeholder: plainText(input.placeholder, 150) }),
        ...initial(input.options, input.initial),
        options: options(input.options),
      };
    case "radio_buttons":
      return {
        type: input.type,
        action_id: id,
        ...initial(input.options, input.initial),
        options: options(input.options),
      };
    case "checkboxes":
      return { type: input.type, action_id: id, options: options(input.options) };
    case "plain_text_input":
      return {
        type: input.type,
        action_id: id,
        ...(input.multiline && { multiline: true }),
        max_length: input.maxLength,
        placeholder: plainText(input.placeholder, 150),
      };
    case "datetimepicker":
      return { type: input.type, action_id: id };
  }
}

function inputBlock({ id, label, hint, input }: FormBlock): types.InputBlock {
  const block: types.InputBlock = {
    type: "input",
    block_id: id,
    optional: true,
    label: plainText(label, 2000),
    element: element(id, input),
  };
  if (hint) block.hint = plainText(hint, 2000);
  return block;
}

/** Every filter's inputs, in the modal's order. */
export function searchFormBlocks(filters = SEARCH_FILTERS): FormBlock[] {
  return filters
    .flatMap((f) => (f.form ? [f.form] : []))
    .sort((a, b) => a.position - b.position)
    .flatMap((form) => form.blocks);
}

/**
 * The "Find contacts" modal. `privateMetadata` travels back with the submission (where to answer);
 * every input is optional, like the command's filters.
 */
export function renderSearchForm(
  privateMetadata: string,
  filters = SEARCH_FILTERS,
): types.ModalView {
  return {
    type: "modal",
    callback_id: SEARCH_FORM.callbackId,
    private_metadata: privateMetadata,
    title: plainText("Find contacts", 24),
    submit: plainText("Search", 24),
    close: plainText("Cancel", 24),
    blocks: searchFormBlocks(filters).map(inputBlock),
  };
}

/** Options for an external select (block_suggestion answer), at most Slack's 100. */
export function renderOptions(items: readonly { text: string; value: string }[]): {
  options: types.PlainTextOption[];
} {
  return {
    options: items.slice(0, 100).map((item) => option(item.text, item.value.slice(0, 150))),
  };
}
