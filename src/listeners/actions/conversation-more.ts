import { decodeTranscriptPage } from "../../../blocks/conversation-paging.js";
import { renderError } from "../../../blocks/error-message.js";
import { renderTranscriptMessage } from "../../../blocks/transcript-message.js";
import type { Deps } from "../../deps.js";
import { requestInfo } from "../../slack/request-info.js";
import { afterAck } from "../after-ack.js";
import { type AuditedLookupDeps, auditedLookup } from "../audited-lookup.js";
import { answerBeside, type ButtonArgs, unreadableButton } from "./button-context.js";

/**
 * "More transcript": the next page of a Conversation section's transcript, privately, from the
 * cached analysis (read again only once the cache has let it go). Never updates a message: each
 * page is an answer of its own for the one person who clicked.
 */
export function conversationMoreAction(
  deps: Pick<Deps, "config" | "conversations"> & AuditedLookupDeps,
) {
  return async (args: ButtonArgs): Promise<void> => {
    await args.ack();
    await afterAck();
    const ref = decodeTranscriptPage("value" in args.action ? args.action.value : undefined);
    if (!ref) return answerBeside(args, unreadableButton());
    const { contactId, instanceId } = ref;
    try {
      // Through the audited lookup: one audit line per page, like every section opened.
      const lookup = auditedLookup(deps, requestInfo(args));
      const { record } = await lookup({ contactId, instanceId });
      const conversation = await deps.conversations.read(record);
      const mask = deps.config.maskCustomerEndpoints;
      await answerBeside(args, renderTranscriptMessage(record, conversation, ref.page, mask));
    } catch (error) {
      deps.logger.warn({ err: error, contactId }, "transcript page failed");
      await answerBeside(args, renderError(error, { contactId }));
    }
  };
}
