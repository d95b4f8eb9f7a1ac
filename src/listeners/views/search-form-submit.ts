import type { AllMiddlewareArgs, SlackViewMiddlewareArgs, ViewSubmitAction } from "@slack/bolt";
import type { Deps } from "../../deps.js";
import { formQuery } from "../../domain/search/form-query.js";
import { formValues } from "../../search/form-values.js";
import { formChannel, requestInfo } from "../../slack/request-info.js";
import { isNotAMember } from "../../slack/slack-error.js";
import { afterAck } from "../after-ack.js";
import { type AuditedSearchDeps, auditedSearch } from "../audited-search.js";
import { searchAnswer } from "../search-view.js";

type Args = SlackViewMiddlewareArgs<ViewSubmitAction> & AllMiddlewareArgs;
/**
 * "Find contacts" submitted: bad input answered in the modal (`response_action: errors`);
 * otherwise the modal closes and the result list goes privately to the channel it was opened
 * from (chat.postEphemeral), or to the user's DM with the bot when opened from the shortcut.
 */
export function searchFormSubmit(deps: Pick<Deps, "config" | "names"> & AuditedSearchDeps) {
  return async (args: Args): Promise<void> => {
    const { ack, view, body, client } = args;
    const read = formQuery(formValues(view.state.values), Date.now(), {
      phoneAttribute: deps.config.search.phoneAttribute,
    });
    if ("errors" in read) {
      await ack({ response_action: "errors", errors: read.errors });
      return;
    }
    await ack();
    await afterAck();
    const search = auditedSearch(deps, requestInfo(args));
    const message = await searchAnswer(deps, () => search.start(read.query));
    const user = body.user.id;
    const channel = formChannel(view);
    const toDm = () => client.chat.postMessage({ channel: user, ...message, unfurl_links: false });
    if (!channel) {
      await toDm();
      return;
    }
    try {
      await client.chat.postEphemeral({ channel, user, ...message });
    } catch (error) {
      // A channel the bot is not in: the answer still reaches the user, in the DM.
      if (!isNotAMember(error)) throw error;
      await toDm();
    }
  };
}
