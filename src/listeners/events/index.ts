import type { App } from "@slack/bolt";
import type { Deps } from "../../deps.js";
import { alertThread } from "./alert-thread.js";
import { linkUnfurl } from "./link-unfurl.js";

export function register(app: App, deps: Deps): void {
  app.event("message", alertThread(deps));
  app.event("link_shared", linkUnfurl(deps));
}
