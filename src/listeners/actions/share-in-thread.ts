import type { AllMiddlewareArgs } from "@slack/bolt";
import { renderError } from "../../../blocks/error-message.js";
import type { Deps } from "../../deps.js";
import { InvalidContactIdError } from "../../errors.js";
import { lookupFrom } from "../../middleware/audited-lookup.js";
import { contactView } from "../contact-view.js";
import { type ButtonArgs, buttonContext, shareTarget } from "./button-context.js";

/** "Share in thread": posts the private answer publicly in the thread it was asked about. */
export function shareInThreadAction(deps: Deps) {
  return async (args: ButtonArgs & AllMiddlewareArgs): Promise<void> => {
    await args.ack();
    const { state } = buttonContext(args);
    const target = state && shareTarget(state);
    if (!state || !target) {
      await args.respond({
        response_type: "ephemeral",
        replace_original: false,
        ...renderError(new InvalidContactIdError("button")),
      });
      return;
    }
    const view = await contactView(
      deps,
      lookupFrom(args.context),
      {
        contactId: state.c,
        instanceId: state.i,
      },
      { open: state.o },
    );
    if (!view.ok) {
      await args.respond({
        response_type: "ephemeral",
        replace_original: false,
        text: view.text,
        blocks: view.blocks,
      });
      return;
    }
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
