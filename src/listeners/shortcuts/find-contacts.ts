import type { AllMiddlewareArgs, GlobalShortcut, SlackShortcutMiddlewareArgs } from "@slack/bolt";
import { openSearchForm } from "../open-search-form.js";

type Args = SlackShortcutMiddlewareArgs<GlobalShortcut> & AllMiddlewareArgs;

/** Global shortcut "Find contacts": the search form; its results go to the user's DM. */
export function findContactsShortcut() {
  return async ({ ack, shortcut, client }: Args): Promise<void> => {
    await ack();
    // No afterAck(): the trigger_id is good for 3 s only, and opening the form is the whole job.
    await openSearchForm(client, shortcut.trigger_id);
  };
}
