import type { App } from "@slack/bolt";
import { SEARCH_FORM } from "../../../blocks/search-form.js";
import type { Deps } from "../../deps.js";
import { nameInputs } from "../../domain/search/search-filters.js";
import { nameOptions } from "./name-options.js";
import { searchFormSubmit } from "./search-form-submit.js";

export function register(app: App, deps: Deps): void {
  app.view(SEARCH_FORM.callbackId, searchFormSubmit(deps));
  for (const { actionId, kind } of nameInputs()) {
    app.options({ action_id: actionId }, nameOptions(deps, kind));
  }
}
