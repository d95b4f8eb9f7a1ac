import type { App } from "@slack/bolt";
import type { Deps } from "../../deps.js";
import { contactCommand } from "./contact-command.js";

export function register(app: App, deps: Deps): void {
  app.command("/contact", contactCommand(deps));
}
