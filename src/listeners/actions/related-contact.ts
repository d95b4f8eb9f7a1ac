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

/** Initial / previous / related contact buttons: that contact's summary, privately. */
export function relatedContactAction(deps: Deps) {
  return async (args: ButtonArgs & AllMiddlewareArgs): Promise<void> => {
    await args.ack();
    await afterAck();
    const { state } = buttonContext(args);
    if (!state) return answerBeside(args, unreadableButton());
    const view = await contactView(deps, lookupFrom(args.context), refOf(state), {
      shareTo: shareTarget(state),
    });
    await answerBeside(args, view);
  };
}
