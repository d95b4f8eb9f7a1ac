import { sectionFromActionId, toggleSection } from "../../../blocks/button-state.js";
import type { Deps } from "../../deps.js";
import { contactView } from "../contact-view.js";
import { answerBeside, onButton, refOf, shareTarget, unreadableButton } from "./button-context.js";

/**
 * Agent / Queue / Routing / … buttons: re-render the same message with the clicked section open,
 * or closed when it already was. The record comes from the cache, not a new DescribeContact.
 */
export function toggleSectionAction(deps: Deps) {
  return onButton(async (args, where) => {
    const section = sectionFromActionId(args.action.action_id);
    if (!section) return answerBeside(args, unreadableButton());
    const view = await contactView(deps, where.lookup, refOf(where.state), {
      open: toggleSection(where.state.o, section),
      shareTo: shareTarget(where.state),
    });
    // On failure keep the summary the user is reading and say what went wrong beside it.
    if (!view.ok) return answerBeside(args, view);
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
  });
}
