import type { AllMiddlewareArgs } from "@slack/bolt";
import { renderError } from "../../../blocks/error-message.js";
import type { Deps } from "../../deps.js";
import { InvalidContactIdError } from "../../errors.js";
import { lookupFrom } from "../../middleware/audited-lookup.js";
import { contactView } from "../contact-view.js";
import { type ButtonArgs, buttonContext, shareTarget } from "./button-context.js";

/** Initial / previous / related contact buttons: that contact's summary, privately. */
export function relatedContactAction(deps: Deps) {
  return async (args: ButtonArgs & AllMiddlewareArgs): Promise<void> => {
    await args.ack();
    const { state } = buttonContext(args);
    const view = state
      ? await contactView(
          deps,
          lookupFrom(args.context),
          { contactId: state.c, instanceId: state.i },
          { shareTo: shareTarget(state) },
        )
      : renderError(new InvalidContactIdError("button"));
    await args.respond({
      response_type: "ephemeral",
      replace_original: false,
      text: view.text,
      blocks: view.blocks,
    });
  };
}
