import { randomBytes } from "node:crypto";
import { APP_ID, newTriggerId, TEAM, VERIFICATION_TOKEN } from "./slack-payload-parts.js";

/**
 * Request bodies shaped like the ones Slack sends over HTTP, field for field, so Bolt's
 * HTTPReceiver parses them and routes them (App#getTypeAndConversation keys on `command`,
 * `actions`, `type: "message_action"` and `event`; a top-level `name` would make it "options").
 */
export interface SlashCommandInput {
  command?: string;
  text?: string;
  userId?: string;
  channelId?: string;
  teamId?: string;
  responseUrl: string;
  triggerId?: string;
}

export function slashCommandBody(input: SlashCommandInput): string {
  const { userId = "U1", channelId = "C1", teamId = TEAM.id } = input;
  return new URLSearchParams({
    token: VERIFICATION_TOKEN,
    team_id: teamId,
    team_domain: TEAM.domain,
    channel_id: channelId,
    channel_name: `channel-${channelId}`,
    user_id: userId,
    user_name: `user-${userId}`,
    command: input.command ?? "/contact",
    text: input.text ?? "",
    api_app_id: APP_ID,
    is_enterprise_install: "false",
    response_url: input.responseUrl,
    trigger_id: input.triggerId ?? newTriggerId(),
  }).toString();
}

export interface EventCallbackOptions {
  eventId?: string;
  teamId?: string;
  apiAppId?: string;
  /** The event happened in a channel shared with another organisation (Slack Connect). */
  isExtSharedChannel?: boolean;
}

export function eventCallbackBody(event: object, options: EventCallbackOptions = {}): string {
  const { teamId = TEAM.id, apiAppId = APP_ID } = options;
  return JSON.stringify({
    token: VERIFICATION_TOKEN,
    team_id: teamId,
    api_app_id: apiAppId,
    event,
    type: "event_callback",
    event_id: options.eventId ?? `Ev${randomBytes(5).toString("hex").toUpperCase()}`,
    event_time: Math.floor(Date.now() / 1000),
    authorizations: [
      {
        enterprise_id: null,
        team_id: teamId,
        user_id: "UBOT",
        is_bot: true,
        is_enterprise_install: false,
      },
    ],
    is_ext_shared_channel: options.isExtSharedChannel ?? false,
  });
}

export function urlVerificationBody(challenge: string): string {
  return JSON.stringify({ token: VERIFICATION_TOKEN, challenge, type: "url_verification" });
}
