import type { AllMiddlewareArgs, SlackCommandMiddlewareArgs } from "@slack/bolt";
import { renderError } from "../../../blocks/error-message.js";
import type { Deps } from "../../deps.js";
import { parseSearch } from "../../domain/search/parse-search.js";
import { requestInfo } from "../../slack/request-info.js";
import { type AuditedSearchDeps, auditedSearch } from "../audited-search.js";
import { openSearchForm } from "../open-search-form.js";
import { searchAnswer } from "../search-view.js";

type Args = SlackCommandMiddlewareArgs & AllMiddlewareArgs;

export type ContactSearchDeps = Pick<Deps, "config" | "names" | "timeZones"> & AuditedSearchDeps;

/** `/contact search|find <filters>`, already acked: the result list privately, or the form. */
export async function contactSearch(
  deps: ContactSearchDeps,
  args: Args,
  filters: string,
): Promise<void> {
  const { command, respond, client } = args;
  if (filters === "") {
    await openSearchForm(client, command.trigger_id, command.channel_id);
    return;
  }
  let query: ReturnType<typeof parseSearch>;
  try {
    const zone = await deps.timeZones.zoneOf(command.user_id);
    query = parseSearch(filters, {
      nowMs: Date.now(),
      zone,
      phoneAttribute: deps.config.search.phoneAttribute,
    });
  } catch (error) {
    // Judged locally: no Connect call, one private answer quoting the filter.
    await respond({ response_type: "ephemeral", ...renderError(error) });
    return;
  }
  const search = auditedSearch(deps, requestInfo(args));
  const message = await searchAnswer(deps, () => search.start(query));
  await respond({ response_type: "ephemeral", ...message });
}
