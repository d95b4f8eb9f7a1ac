import type { AllMiddlewareArgs, SlackViewMiddlewareArgs, ViewSubmitAction } from "@slack/bolt";
import { SEARCH_FORM } from "../../../blocks/search-form.js";
import type { Deps } from "../../deps.js";
import { formChannel, requestInfo } from "../../middleware/request-info.js";
import { type FormValues, formQuery } from "../../search/form-query.js";
import { isNotAMember } from "../../slack/slack-error.js";
import { boundedText } from "../../text/bounded-text.js";
import { afterAck } from "../after-ack.js";
import { type AuditedSearchDeps, auditedSearch } from "../audited-search.js";
import { searchAnswer } from "../search-view.js";

type Args = SlackViewMiddlewareArgs<ViewSubmitAction> & AllMiddlewareArgs;
type State = ViewSubmitAction["view"]["state"]["values"];

/** Slack's own limit for an option's value: the form's input is text from outside like any. */
const MAX_OPTION = 150;

function formValues(values: State): FormValues {
  const b = SEARCH_FORM.blocks;
  const at = (block: string) => values[block]?.[block];
  const picked = (block: string) => {
    const value = at(block)?.selected_option?.value;
    return typeof value === "string" ? boundedText(value, MAX_OPTION) : undefined;
  };
  const typed = (block: string) => {
    const value = at(block)?.value;
    return typeof value === "string" ? boundedText(value) : undefined;
  };
  return {
    queue: picked(b.queue),
    agent: picked(b.agent),
    channel: picked(b.channel),
    outcomes: (at(b.outcome)?.selected_options ?? []).map((o) => boundedText(o.value, MAX_OPTION)),
    said: typed(b.said),
    saidBy: picked(b.saidBy),
    saidMatch: picked(b.saidMatch),
    phone: typed(b.phone),
    preset: picked(b.time),
    sinceSeconds: at(b.since)?.selected_date_time ?? undefined,
    untilSeconds: at(b.until)?.selected_date_time ?? undefined,
  };
}

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
