import type { BlockAction, SlackActionMiddlewareArgs } from "@slack/bolt";
import { decodeButtonState } from "../../../blocks/button-state.js";
import type { ButtonState } from "../../../blocks/model.js";

export type ButtonArgs = SlackActionMiddlewareArgs<BlockAction>;

/** Where the clicked message lives, and the state its button carried (undefined if forged). */
export interface ButtonContext {
  state: ButtonState | undefined;
  ephemeral: boolean;
  channel?: string;
  messageTs?: string;
}

export function buttonContext({ body, action }: ButtonArgs): ButtonContext {
  const value = "value" in action ? action.value : undefined;
  const container = body.container as {
    is_ephemeral?: boolean;
    channel_id?: string;
    message_ts?: string;
  };
  return {
    state: decodeButtonState(value),
    ephemeral: container.is_ephemeral === true || !body.message,
    channel: container.channel_id ?? body.channel?.id,
    messageTs: container.message_ts ?? body.message?.ts,
  };
}

export function shareTarget(state: ButtonState): { channel: string; threadTs: string } | undefined {
  if (!state.s) return undefined;
  const [channel, threadTs] = state.s.split("/");
  return channel && threadTs ? { channel, threadTs } : undefined;
}
