import { renderNotice } from "../../../blocks/notices.js";
import { isNotAMember } from "../../slack/slack-error.js";
import type { AuditedLookupDeps } from "../audited-lookup.js";
import { type ContactViewDeps, contactView } from "../contact-view.js";
import { answerBeside, onButton, refOf, shareTarget, unreadableButton } from "./button-context.js";

/**
 * "Share in thread": posts the private answer publicly in the thread it was asked about, as a
 * public message: an open section with customer data stays behind, endpoints are masked.
 */
export function shareInThreadAction(deps: ContactViewDeps & AuditedLookupDeps) {
  return onButton(deps, async (args, { state, lookup }) => {
    const target = shareTarget(state);
    if (!target) return answerBeside(args, unreadableButton());
    const view = await contactView(deps, lookup, refOf(state), {
      open: state.o,
      audience: "public",
    });
    if (!view.ok) return answerBeside(args, view);
    try {
      await args.client.chat.postMessage({
        channel: target.channel,
        thread_ts: target.threadTs,
        text: view.text,
        blocks: view.blocks,
        unfurl_links: false,
      });
    } catch (error) {
      if (!isNotAMember(error)) throw error;
      const note = "I can't post in this channel yet. Invite me with `/invite` and try again.";
      return answerBeside(args, renderNotice(note));
    }
    await args.respond({ delete_original: true });
  });
}
