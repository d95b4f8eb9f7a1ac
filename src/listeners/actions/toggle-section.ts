import { sectionFromActionId, toggleSection } from "../../../blocks/button-state.js";
import { isPrivateSection, opensApart } from "../../../blocks/private-sections.js";
import type { AuditedLookupDeps } from "../audited-lookup.js";
import { type ContactViewDeps, contactView } from "../contact-view.js";
import { answerBeside, onButton, refOf, shareTarget, unreadableButton } from "./button-context.js";

/**
 * Agent / Queue / Routing / … buttons: re-render the same message with the clicked section open,
 * or closed when it already was. The record comes from the cache, not a new DescribeContact.
 * On a message the channel sees, a section with customer data opens for the clicker alone, in an
 * answer of its own beside the message, which stays as it is; Conversation always does.
 */
export function toggleSectionAction(deps: ContactViewDeps & AuditedLookupDeps) {
  return onButton(deps, async (args, where) => {
    const section = sectionFromActionId(args.action.action_id);
    if (!section) return answerBeside(args, unreadableButton());
    const ref = refOf(where.state);
    if (opensApart(section) || (where.audience === "public" && isPrivateSection(section))) {
      const view = await contactView(deps, where.lookup, ref, { open: section, sectionOnly: true });
      return answerBeside(args, view);
    }
    const view = await contactView(deps, where.lookup, ref, {
      open: toggleSection(where.state.o, section),
      shareTo: shareTarget(where.state),
      audience: where.audience,
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
