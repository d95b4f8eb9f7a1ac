import type { App, MessageShortcut } from "@slack/bolt";
import type { Deps } from "../../deps.js";
import { investigateContactShortcut } from "./investigate-contact.js";

export function register(app: App, deps: Deps): void {
  app.shortcut<MessageShortcut>(
    { callback_id: "investigate_contact", type: "message_action" },
    investigateContactShortcut(deps),
  );
}
