import type { App } from "@slack/bolt";
import { SEARCH_FORM } from "../../../blocks/search-form.js";
import type { Deps } from "../../deps.js";
import { nameOptions } from "./name-options.js";
import { searchFormSubmit } from "./search-form-submit.js";

export function register(app: App, deps: Deps): void {
  app.view(SEARCH_FORM.callbackId, searchFormSubmit(deps));
  app.options({ action_id: SEARCH_FORM.blocks.queue }, nameOptions(deps, "queue"));
  app.options({ action_id: SEARCH_FORM.blocks.agent }, nameOptions(deps, "agent"));
}
