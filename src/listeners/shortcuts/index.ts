import type { App, GlobalShortcut, MessageShortcut } from "@slack/bolt";
import type { Deps } from "../../deps.js";
import { findContactsShortcut } from "./find-contacts.js";
import { investigateContactShortcut } from "./investigate-contact.js";

export function register(app: App, deps: Deps): void {
  app.shortcut<MessageShortcut>(
    { callback_id: "investigate_contact", type: "message_action" },
    investigateContactShortcut(deps),
  );
  app.shortcut<GlobalShortcut>(
    { callback_id: "find_contacts", type: "shortcut" },
    findContactsShortcut(),
  );
}
