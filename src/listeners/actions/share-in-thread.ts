import type { AllMiddlewareArgs } from "@slack/bolt";
import type { Deps } from "../../deps.js";
import { lookupFrom } from "../../middleware/audited-lookup.js";
import { afterAck } from "../after-ack.js";
import { contactView } from "../contact-view.js";
import {
  answerBeside,
  type ButtonArgs,
  buttonContext,
  refOf,
  shareTarget,
  unreadableButton,
} from "./button-context.js";

/** "Share in thread": posts the private answer publicly in the thread it was asked about. */
export function shareInThreadAction(deps: Deps) {
  return async (args: ButtonArgs & AllMiddlewareArgs): Promise<void> => {
    await args.ack();
    await afterAck();
    const { state } = buttonContext(args);
    const target = state && shareTarget(state);
    if (!state || !target) return answerBeside(args, unreadableButton());
    const view = await contactView(deps, lookupFrom(args.context), refOf(state), {
      open: state.o,
    });
    if (!view.ok) return answerBeside(args, view);
    await args.client.chat.postMessage({
      channel: target.channel,
      thread_ts: target.threadTs,
      text: view.text,
      blocks: view.blocks,
      unfurl_links: false,
    });
    await args.respond({ delete_original: true });
  };
}
