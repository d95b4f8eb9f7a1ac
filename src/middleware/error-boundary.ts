import type { AnyMiddlewareArgs, Middleware } from "@slack/bolt";
import { renderError } from "../../blocks/error-message.js";
import type { Deps } from "../deps.js";
import {
  BotError,
  findDeliveryUncertain,
  toBotError,
  UpstreamError,
  UpstreamTimeoutError,
} from "../domain/errors.js";
import { requestInfo } from "../slack/request-info.js";
import { slackErrorCode } from "../slack/slack-error.js";

/** A failed Slack Web API call, said as such: "Slack did not answer", not "my side". */
function asBotError(error: unknown, slackError: string, slackTimeoutMs: number): BotError {
  const uncertain = findDeliveryUncertain(error);
  if (uncertain) return uncertain;
  if (error instanceof BotError || slackError === "unknown") return toBotError(error);
  if (slackError === "request_error") {
    return new UpstreamTimeoutError("Slack", slackTimeoutMs, { cause: error });
  }
  return new UpstreamError("Slack", slackError, { cause: error });
}

/**
 * No note after an answer in place that may have arrived (the user would see the answer and a
 * failure under it), nor after the response_url itself refused a post (the note would be refused
 * the same way).
 */
function mayNoteFailure(error: unknown): boolean {
  const respondFailed =
    (error as { code?: unknown } | undefined)?.code === "slack_bolt_respond_error";
  return !respondFailed && !findDeliveryUncertain(error)?.answeredInPlace;
}

/**
 * The last word on anything a listener throws: logged with its reference, counted, and — where the
 * request has a response_url — told to the user as a short ephemeral note instead of silence.
 * `invalid_auth` means the bot token was rotated: re-read the Slack credentials once.
 */
export function errorBoundary(
  deps: Pick<Deps, "config" | "logger" | "metrics" | "credentials">,
): Middleware<AnyMiddlewareArgs> {
  return async (args) => {
    try {
      await args.next();
    } catch (error) {
      const slackError = slackErrorCode(error);
      const botError = asBotError(error, slackError, deps.config.slack.timeoutMs);
      const { surface } = requestInfo(args);
      deps.logger.error(
        { err: error, code: botError.code, ref: botError.ref, surface, slackError },
        "listener failed",
      );
      if (slackError !== "unknown") {
        deps.metrics.slackApiErrors.inc({ method: "listener", error: slackError });
      }
      if (slackError === "invalid_auth" || slackError === "token_revoked") {
        await deps.credentials.refresh(slackError);
      }
      if ("respond" in args && typeof args.respond === "function" && mayNoteFailure(error)) {
        await args
          .respond({
            response_type: "ephemeral",
            replace_original: false,
            ...renderError(botError),
          })
          .catch(() => undefined);
      }
    }
  };
}
