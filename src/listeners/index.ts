import type { App } from "@slack/bolt";
import type { Deps } from "../deps.js";
import { accessControl } from "../middleware/access-control.js";
import { errorBoundary } from "../middleware/error-boundary.js";
import { responseUrlGuard } from "../middleware/response-url-guard.js";
import * as actions from "./actions/index.js";
import * as commands from "./commands/index.js";
import * as events from "./events/index.js";
import * as shortcuts from "./shortcuts/index.js";
import * as views from "./views/index.js";

/**
 * Cross-cutting middleware first (answers only to Slack, errors, then who may look), then
 * surfaces; each surface hands its listeners the part of `deps` they use.
 */
export function registerListeners(app: App, deps: Deps): void {
  app.use(responseUrlGuard(deps));
  app.use(errorBoundary(deps));
  app.use(accessControl(deps));
  commands.register(app, deps);
  actions.register(app, deps);
  shortcuts.register(app, deps);
  views.register(app, deps);
  events.register(app, deps);
}
