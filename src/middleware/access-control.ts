import type { AnyMiddlewareArgs, Middleware } from "@slack/bolt";
import { renderError } from "../../blocks/error-message.js";
import type { Deps } from "../deps.js";
import { NotAllowedError } from "../errors.js";
import { type RequestInfo, requestInfo } from "./request-info.js";

type Policy = Pick<Deps, "config" | "usergroups" | "logger">;

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

type Args = Parameters<Middleware<AnyMiddlewareArgs>>[0];

/** A polite private note on every surface a person used; alerts elsewhere are just not alerts. */
async function refuse(args: Args, info: RequestInfo, deps: Policy): Promise<void> {
  if ("ack" in args && typeof args.ack === "function") await args.ack();
  const note = renderError(new NotAllowedError(info.userId ?? "unknown"));
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
    if (await isAllowed(info, deps)) {
      await args.next();
      return;
    }
    // Every message in every channel the bot is in reaches here: only people's refusals are news.
    deps.logger[info.surface === "alert" ? "debug" : "info"](
      { surface: info.surface, user: info.userId, channel: info.channelId },
      "refused",
    );
    await refuse(args, info, deps);
  };
}
