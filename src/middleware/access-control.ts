import type { AnyMiddlewareArgs, Middleware } from "@slack/bolt";
import { renderError } from "../../blocks/error-message.js";
import type { Deps } from "../deps.js";
import { NotAllowedError, type NotAllowedReason } from "../domain/request-errors.js";
import { type RequestInfo, requestInfo } from "../slack/request-info.js";
import { slackErrorCode } from "../slack/slack-error.js";

type Policy = Pick<Deps, "config" | "usergroups" | "slackUsers" | "credentials" | "logger">;

/**
 * Decides who may look, once, for every surface. Channel and user lists are independent gates:
 * with ALLOWED_CHANNEL_IDS set, only those channels; with ALLOWED_USER_IDS or
 * ALLOWED_USERGROUP_IDS set, only those people. Alert enrichment answers bot messages, so it is
 * governed by ALERT_CHANNEL_IDS alone.
 */
export async function isAllowed(info: RequestInfo, deps: Policy): Promise<boolean> {
  const { channelIds, userIds, usergroupIds } = deps.config.access;
  if (info.surface === "alert") {
    return !!info.channelId && deps.config.alerts.channelIds.includes(info.channelId);
  }
  if (channelIds.length > 0 && !(info.channelId && channelIds.includes(info.channelId))) {
    return false;
  }
  if (userIds.length === 0 && usergroupIds.length === 0) return true;
  const userId = info.userId;
  if (!userId) return false;
  if (userIds.includes(userId)) return true;
  for (const group of usergroupIds) {
    if ((await deps.usergroups.members(group)).has(userId)) return true;
  }
  return false;
}

/**
 * Guests (multi- and single-channel) may look only where ALLOWED_USER_IDS names them: whatever the
 * bot shows a person, it shows to whoever that person is. A message an app's bot posted in an
 * alert channel has nobody behind it to check; a person's message there does (the summary would
 * go in the thread they can read). An account type Slack does not confirm is refused.
 */
async function accountCheck(
  info: RequestInfo,
  deps: Policy,
): Promise<NotAllowedReason | undefined> {
  if (info.surface === "alert" && (info.fromBot || !info.userId)) return undefined;
  const userId = info.userId;
  if (!userId) return "unverified";
  if (deps.config.access.userIds.includes(userId)) return undefined;
  try {
    return (await deps.slackUsers.info(userId)).guest ? "guest" : undefined;
  } catch (error) {
    const code = slackErrorCode(error);
    deps.logger.warn({ user: userId, error: code }, "users.info failed: refusing, unverified");
    // A rotated token: re-read the credentials now rather than refuse until the next refresh.
    if (code === "invalid_auth" || code === "token_revoked") {
      await deps.credentials.refresh(code).catch(() => undefined);
    }
    return "unverified";
  }
}

type Args = Parameters<Middleware<AnyMiddlewareArgs>>[0];

/** A polite private note on every surface a person used; alerts elsewhere are just not alerts. */
async function refuse(
  args: Args,
  info: RequestInfo,
  reason: NotAllowedReason,
  deps: Policy,
): Promise<void> {
  if ("ack" in args && typeof args.ack === "function") await args.ack();
  const note = renderError(new NotAllowedError(info.userId ?? "unknown", reason));
  if ("respond" in args && typeof args.respond === "function") {
    await args.respond({ response_type: "ephemeral", replace_original: false, ...note });
    return;
  }
  // A pasted console link has no response_url; the note goes where it was pasted. Best effort:
  // Slack refuses it where the bot is not a member, and a refusal is not worth an error.
  if (info.surface === "unfurl" && info.channelId && info.userId) {
    await args.client.chat
      .postEphemeral({ channel: info.channelId, user: info.userId, ...note })
      .catch((error: unknown) => deps.logger.debug({ err: error }, "refusal note not delivered"));
  }
}

export function accessControl(deps: Policy): Middleware<AnyMiddlewareArgs> {
  return async (args) => {
    const info = requestInfo(args);
    const reason = (await isAllowed(info, deps)) ? await accountCheck(info, deps) : "not_listed";
    if (!reason) {
      await args.next();
      return;
    }
    // Every message in every channel the bot is in reaches here: only people's refusals are news.
    const quiet = info.surface === "alert" && reason === "not_listed";
    deps.logger[quiet ? "debug" : "info"](
      { surface: info.surface, user: info.userId, channel: info.channelId, reason },
      "refused",
    );
    await refuse(args, info, reason, deps);
  };
}
