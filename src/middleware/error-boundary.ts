import type { AnyMiddlewareArgs, Middleware } from "@slack/bolt";
import { renderError } from "../../blocks/error-message.js";
import type { Deps } from "../deps.js";
import { toBotError } from "../errors.js";
import { requestInfo } from "./request-info.js";

function slackErrorCode(error: unknown): string | undefined {
  const data = (error as { data?: { error?: unknown } } | undefined)?.data;
  return typeof data?.error === "string" ? data.error : undefined;
}

/**
 * The last word on anything a listener throws: logged with its reference, counted, and — where the
 * request has a response_url — told to the user as a short ephemeral note instead of silence.
 * `invalid_auth` means the bot token was rotated: re-read the Slack credentials once.
 */
export function errorBoundary(
  deps: Pick<Deps, "logger" | "metrics" | "credentials">,
): Middleware<AnyMiddlewareArgs> {
  return async (args) => {
    deps.metrics.inFlight.inc();
    try {
      await args.next();
    } catch (error) {
      const botError = toBotError(error);
      const slackError = slackErrorCode(error);
      const { surface } = requestInfo(args);
      deps.logger.error(
        { err: error, code: botError.code, ref: botError.ref, surface, slackError },
        "listener failed",
      );
      if (slackError) deps.metrics.slackApiErrors.inc({ method: "listener", error: slackError });
      if (slackError === "invalid_auth" || slackError === "token_revoked") {
        await deps.credentials.refresh(slackError);
      }
      if ("respond" in args && typeof args.respond === "function") {
        await args
          .respond({
            response_type: "ephemeral",
            replace_original: false,
            ...renderError(botError),
          })
          .catch(() => undefined);
      }
    } finally {
      deps.metrics.inFlight.dec();
    }
  };
}
