import type { AllMiddlewareArgs, MessageShortcut, SlackShortcutMiddlewareArgs } from "@slack/bolt";
import { renderNoIdsFound } from "../../../blocks/notices.js";
import { extractContactRefs } from "../../connect/contact-ref.js";
import { requestInfo } from "../../slack/request-info.js";
import { afterAck } from "../after-ack.js";
import { type AuditedLookupDeps, auditedLookup } from "../audited-lookup.js";
import { type ContactViewDeps, contactViews } from "../contact-view.js";
import { messageText } from "../message-text.js";

type Args = SlackShortcutMiddlewareArgs<MessageShortcut> & AllMiddlewareArgs;

/** Message shortcut: every contact in the message, privately, each with "Share in thread". */
export function investigateContactShortcut(deps: ContactViewDeps & AuditedLookupDeps) {
  return async (args: Args): Promise<void> => {
    const { ack, shortcut, respond } = args;
    await ack();
    await afterAck();
    const refs = extractContactRefs(messageText(shortcut.message));
    if (refs.length === 0) {
      await respond({ response_type: "ephemeral", ...renderNoIdsFound() });
      return;
    }
    const threadTs = shortcut.message.thread_ts ?? shortcut.message.ts;
    const views = await contactViews(deps, auditedLookup(deps, requestInfo(args)), refs, {
      shareTo: { channel: shortcut.channel.id, threadTs },
    });
    for (const view of views) {
      await respond({ response_type: "ephemeral", text: view.text, blocks: view.blocks });
    }
  };
}
