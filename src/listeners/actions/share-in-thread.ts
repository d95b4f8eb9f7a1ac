import { renderNotice } from "../../../blocks/notices.js";
import type { Deps } from "../../deps.js";
import { slackErrorCode } from "../../slack/slack-error.js";
import { contactView } from "../contact-view.js";
import { answerBeside, onButton, refOf, shareTarget, unreadableButton } from "./button-context.js";

/** Slack's answers when the bot may not post in a channel: the user can fix that with /invite. */
const NOT_A_MEMBER = new Set(["not_in_channel", "channel_not_found", "is_archived"]);

/** "Share in thread": posts the private answer publicly in the thread it was asked about. */
export function shareInThreadAction(deps: Deps) {
  return onButton(async (args, { state, lookup }) => {
    const target = shareTarget(state);
    if (!target) return answerBeside(args, unreadableButton());
    const view = await contactView(deps, lookup, refOf(state), { open: state.o });
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
      if (!NOT_A_MEMBER.has(slackErrorCode(error))) throw error;
      const note = "I can't post in this channel yet. Invite me with `/invite` and try again.";
      return answerBeside(args, renderNotice(note));
    }
    await args.respond({ delete_original: true });
  });
}
