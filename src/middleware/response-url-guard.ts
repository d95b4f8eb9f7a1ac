import type { AnyMiddlewareArgs, Middleware } from "@slack/bolt";
import { renderError } from "../../blocks/error-message.js";
import type { Deps } from "../deps.js";
import { BotError } from "../domain/errors.js";
import { requestInfo } from "../slack/request-info.js";
import { originOf, responseUrlsOf, slackResponseUrls } from "../slack/response-url.js";

/**
 * Answers go only to Slack. A request whose response_url is not Slack's is not worked on at all
 * (no lookup, no answer there): a slash command is told why in its ack, which Slack shows; any
 * other request is acknowledged and dropped. Logged with the URL's origin only, as its path is
 * what lets anyone post into the conversation.
 */
export function responseUrlGuard(
  deps: Pick<Deps, "config" | "logger" | "metrics">,
): Middleware<AnyMiddlewareArgs> {
  const isSlack = slackResponseUrls(deps.config.slack.apiUrl);
  return async (args) => {
    const foreign = responseUrlsOf(args.body).find((url) => !isSlack(url));
    if (foreign === undefined) {
      await args.next();
      return;
    }
    const origin = originOf(foreign);
    deps.logger.warn(
      { surface: requestInfo(args).surface, origin },
      "refused a request whose response_url is not Slack's",
    );
    deps.metrics.slackApiErrors.inc({ method: "inbound", error: "foreign_response_url" });
    if ("command" in args) {
      const note = renderError(new BotError("FOREIGN_RESPONSE_URL", `response_url on ${origin}`));
      await args.ack({ response_type: "ephemeral", ...note });
    } else if ("ack" in args && typeof args.ack === "function") {
      await args.ack();
    }
  };
}
