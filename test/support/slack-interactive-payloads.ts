import {
  APP_ID,
  formPayload,
  newTriggerId,
  slackTs,
  TEAM,
  user,
  VERIFICATION_TOKEN,
} from "./slack-payload-parts.js";

/** Interactivity arrives form-encoded as `payload=<json>`, which Bolt unwraps before routing. */
export interface BlockActionsInput {
  actionId: string;
  value?: string;
  userId?: string;
  channelId?: string;
  messageTs?: string;
  isEphemeral?: boolean;
  responseUrl: string;
  blockId?: string;
  /** Fields of the message the button sits in (blocks, text, ...); ignored for ephemeral ones. */
  message?: Record<string, unknown>;
}

export function blockActionsBody(input: BlockActionsInput): string {
  const { userId = "U1", channelId = "C1", isEphemeral = false } = input;
  const messageTs = input.messageTs ?? slackTs();
  const message = {
    type: "message",
    ts: messageTs,
    user: "UBOT",
    bot_id: "BBOT",
    text: "",
    ...input.message,
  };
  return formPayload({
    type: "block_actions",
    user: user(userId),
    api_app_id: APP_ID,
    token: VERIFICATION_TOKEN,
    container: {
      type: "message",
      message_ts: messageTs,
      channel_id: channelId,
      is_ephemeral: isEphemeral,
    },
    trigger_id: newTriggerId(),
    team: TEAM,
    enterprise: null,
    is_enterprise_install: false,
    channel: { id: channelId, name: `channel-${channelId}` },
    // Slack leaves the message out when the button was in an ephemeral one.
    ...(isEphemeral ? {} : { message }),
    state: { values: {} },
    response_url: input.responseUrl,
    actions: [
      {
        action_id: input.actionId,
        block_id: input.blockId ?? "block-1",
        text: { type: "plain_text", text: input.actionId, emoji: true },
        value: input.value ?? "",
        type: "button",
        action_ts: slackTs(),
      },
    ],
  });
}

export interface MessageShortcutInput {
  callbackId?: string;
  message: {
    ts: string;
    text?: string;
    user?: string;
    bot_id?: string;
    attachments?: unknown[];
    blocks?: unknown[];
  };
  channelId?: string;
  userId?: string;
  responseUrl: string;
}

export function messageShortcutBody(input: MessageShortcutInput): string {
  const { userId = "U1", channelId = "C1" } = input;
  return formPayload({
    type: "message_action",
    token: VERIFICATION_TOKEN,
    action_ts: slackTs(),
    team: TEAM,
    user: user(userId),
    channel: { id: channelId, name: `channel-${channelId}` },
    is_enterprise_install: false,
    enterprise: null,
    callback_id: input.callbackId ?? "investigate_contact",
    trigger_id: newTriggerId(),
    response_url: input.responseUrl,
    message_ts: input.message.ts,
    message: { type: "message", text: "", ...input.message },
  });
}

/** Global shortcut (⚡ menu): no channel, no message, no response_url. */
export function globalShortcutBody(input: { callbackId: string; userId?: string }): string {
  return formPayload({
    type: "shortcut",
    token: VERIFICATION_TOKEN,
    action_ts: slackTs(),
    team: TEAM,
    user: user(input.userId ?? "U1"),
    is_enterprise_install: false,
    enterprise: null,
    callback_id: input.callbackId,
    trigger_id: newTriggerId(),
  });
}

/** A modal as Slack sends it back: id, callback_id, private_metadata and the inputs' state. */
function modal(callbackId: string, privateMetadata: string, values: Record<string, unknown>) {
  return {
    id: `V${Date.now().toString(36).toUpperCase()}`,
    team_id: TEAM.id,
    type: "modal",
    callback_id: callbackId,
    private_metadata: privateMetadata,
    blocks: [],
    state: { values },
    hash: "1700000000.abcdef",
    app_id: APP_ID,
    bot_id: "BBOT",
  };
}

export interface ViewSubmissionInput {
  callbackId: string;
  privateMetadata?: string;
  /** view.state.values: block_id → action_id → the element's state. */
  values: Record<string, Record<string, unknown>>;
  userId?: string;
}

export function viewSubmissionBody(input: ViewSubmissionInput): string {
  return formPayload({
    type: "view_submission",
    team: TEAM,
    user: user(input.userId ?? "U1"),
    api_app_id: APP_ID,
    token: VERIFICATION_TOKEN,
    trigger_id: newTriggerId(),
    view: modal(input.callbackId, input.privateMetadata ?? "", input.values),
    response_urls: [],
    is_enterprise_install: false,
    enterprise: null,
  });
}

export interface BlockSuggestionInput {
  actionId: string;
  blockId?: string;
  value: string;
  callbackId?: string;
  privateMetadata?: string;
  userId?: string;
}

/** What an external_select asks for its options as the user types. */
export function blockSuggestionBody(input: BlockSuggestionInput): string {
  return formPayload({
    type: "block_suggestion",
    user: user(input.userId ?? "U1"),
    container: { type: "view", view_id: "V1" },
    api_app_id: APP_ID,
    token: VERIFICATION_TOKEN,
    action_id: input.actionId,
    block_id: input.blockId ?? input.actionId,
    value: input.value,
    team: TEAM,
    enterprise: null,
    is_enterprise_install: false,
    view: modal(input.callbackId ?? "contact_search", input.privateMetadata ?? "", {}),
  });
}
