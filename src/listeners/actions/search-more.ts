import type { AllMiddlewareArgs, BlockAction, SlackActionMiddlewareArgs } from "@slack/bolt";
import type { Deps } from "../../deps.js";
import { requestInfo } from "../../slack/request-info.js";
import { afterAck } from "../after-ack.js";
import { type AuditedSearchDeps, auditedSearch } from "../audited-search.js";
import { searchAnswer } from "../search-view.js";

type Args = SlackActionMiddlewareArgs<BlockAction> & AllMiddlewareArgs;

/** "More": the next ten of the search whose cursor key the button carries, privately beside it. */
export function searchMoreAction(deps: Pick<Deps, "config" | "names"> & AuditedSearchDeps) {
  return async (args: Args): Promise<void> => {
    await args.ack();
    await afterAck();
    const key =
      "value" in args.action && typeof args.action.value === "string" ? args.action.value : "";
    const search = auditedSearch(deps, requestInfo(args));
    const message = await searchAnswer(deps, () => search.more(key));
    await args.respond({ response_type: "ephemeral", replace_original: false, ...message });
  };
}
