import type { AllMiddlewareArgs, BlockAction, SlackActionMiddlewareArgs } from "@slack/bolt";
import type { KnownBlock } from "../../../blocks/block-kit.js";
import type { ButtonState } from "../../../blocks/button-state.js";
import { decodeButtonState } from "../../../blocks/button-state.js";
import { renderError } from "../../../blocks/error-message.js";
import type { Audience } from "../../../blocks/render-options.js";
import type { ContactRef } from "../../connect/contact-ref.js";
import { InvalidContactIdError } from "../../domain/errors.js";
import { requestInfo } from "../../slack/request-info.js";
import { afterAck } from "../after-ack.js";
import { type AuditedLookup, type AuditedLookupDeps, auditedLookup } from "../audited-lookup.js";

export type ButtonArgs = SlackActionMiddlewareArgs<BlockAction> & AllMiddlewareArgs;

/** Where the clicked message lives, and the state its button carried (undefined if forged). */
export interface ButtonContext {
  state: ButtonState | undefined;
  ephemeral: boolean;
  /** Who reads the clicked message: "public" unless Slack says it is ephemeral. */
  audience: Audience;
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
  const state = decodeButtonState(value);
  return {
    state,
    ephemeral: container.is_ephemeral === true || !body.message,
    // Slack's container decides; the button's own mark can make a click public, never private,
    // so neither an old button nor a forged value opens customer data in a channel.
    audience: container.is_ephemeral === true && state?.p !== "1" ? "private" : "public",
    channel: container.channel_id ?? body.channel?.id,
    messageTs: container.message_ts ?? body.message?.ts,
  };
}

export function refOf(state: ButtonState): ContactRef {
  return { contactId: state.c, instanceId: state.i };
}

export function shareTarget(state: ButtonState): { channel: string; threadTs: string } | undefined {
  if (!state.s) return undefined;
  const [channel, threadTs] = state.s.split("/");
  return channel && threadTs ? { channel, threadTs } : undefined;
}

/** A private answer beside the clicked message, which stays as it is. */
export async function answerBeside(
  args: ButtonArgs,
  message: { text: string; blocks: KnownBlock[] },
): Promise<void> {
  await args.respond({
    response_type: "ephemeral",
    replace_original: false,
    text: message.text,
    blocks: message.blocks,
  });
}

/** For a button whose value does not decode: forged, or left over from an older version. */
export function unreadableButton(): { text: string; blocks: KnownBlock[] } {
  return renderError(new InvalidContactIdError("button"));
}

/** A click whose button carried a state that decodes, with the request's audited lookup. */
export interface Click extends ButtonContext {
  state: ButtonState;
  lookup: AuditedLookup;
}

/**
 * What every contact button does first: ack, let the other acks through, decode the button's
 * state (answering privately when it does not decode), then `handle` the click.
 */
export function onButton(
  deps: AuditedLookupDeps,
  handle: (args: ButtonArgs, click: Click) => Promise<void>,
): (args: ButtonArgs) => Promise<void> {
  return async (args) => {
    await args.ack();
    await afterAck();
    const where = buttonContext(args);
    if (!where.state) return answerBeside(args, unreadableButton());
    return handle(args, {
      ...where,
      state: where.state,
      lookup: auditedLookup(deps, requestInfo(args)),
    });
  };
}
