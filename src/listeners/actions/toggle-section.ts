import type { AllMiddlewareArgs } from "@slack/bolt";
import { toggleSection } from "../../../blocks/button-state.js";
import { renderError } from "../../../blocks/error-message.js";
import { ACTION_IDS, SECTIONS, type SectionId } from "../../../blocks/model.js";
import type { Deps } from "../../deps.js";
import { InvalidContactIdError } from "../../errors.js";
import { lookupFrom } from "../../middleware/audited-lookup.js";
import { contactView } from "../contact-view.js";
import { type ButtonArgs, buttonContext, shareTarget } from "./button-context.js";

function clickedSection(actionId: string): SectionId | undefined {
  const name = actionId.slice(ACTION_IDS.sectionPrefix.length);
  return SECTIONS.find((section) => section === name);
}

/**
 * Agent / Queue / Routing / … buttons: re-render the same message with the clicked section open,
 * or closed when it already was. The record comes from the cache, not a new DescribeContact.
 */
export function toggleSectionAction(deps: Deps) {
  return async (args: ButtonArgs & AllMiddlewareArgs): Promise<void> => {
    await args.ack();
    const where = buttonContext(args);
    const section = clickedSection(args.action.action_id);
    if (!where.state || !section) {
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
      { contactId: where.state.c, instanceId: where.state.i },
      { open: toggleSection(where.state.o, section), shareTo: shareTarget(where.state) },
    );
    if (!view.ok) {
      // Keep the summary the user is reading; say what went wrong beside it.
      await args.respond({
        response_type: "ephemeral",
        replace_original: false,
        text: view.text,
        blocks: view.blocks,
      });
      return;
    }
    if (where.ephemeral || !where.channel || !where.messageTs) {
      await args.respond({ replace_original: true, text: view.text, blocks: view.blocks });
      return;
    }
    await args.client.chat.update({
      channel: where.channel,
      ts: where.messageTs,
      text: view.text,
      blocks: view.blocks,
    });
  };
}
