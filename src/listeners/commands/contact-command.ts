import type { AllMiddlewareArgs, SlackCommandMiddlewareArgs } from "@slack/bolt";
import { renderError } from "../../../blocks/error-message.js";
import { renderHelp } from "../../../blocks/help.js";
import { parseContactArgs } from "../../connect/contact-ref.js";
import { InvalidContactIdError } from "../../domain/errors.js";
import { requestInfo } from "../../slack/request-info.js";
import { boundedText } from "../../text/bounded-text.js";
import { afterAck } from "../after-ack.js";
import { type AuditedLookupDeps, auditedLookup } from "../audited-lookup.js";
import { type ContactViewDeps, contactViews } from "../contact-view.js";
import { type ContactSearchDeps, contactSearch } from "./contact-search.js";

type Args = SlackCommandMiddlewareArgs & AllMiddlewareArgs;

/**
 * `/contact <id | ARN | console URL> …`: ack at once, then one private summary per contact;
 * `/contact search|find <filters>` finds contacts without an id.
 */
export function contactCommand(deps: ContactViewDeps & AuditedLookupDeps & ContactSearchDeps) {
  return async (args: Args): Promise<void> => {
    const { ack, command, respond } = args;
    await ack();
    await afterAck();
    const input = boundedText(command.text).trim();
    if (input === "" || /^help$/i.test(input)) {
      await respond({ response_type: "ephemeral", ...renderHelp() });
      return;
    }
    const search = /^(?:search|find)(?:\s+([\s\S]*))?$/i.exec(input);
    if (search) return contactSearch(deps, args, search[1]?.trim() ?? "");
    const { refs, invalid } = parseContactArgs(input);
    if (invalid.length > 0) {
      // One message for all bad tokens: a response_url takes only five answers.
      const input = invalid.join(" ");
      await respond({
        response_type: "ephemeral",
        ...renderError(new InvalidContactIdError(input), { input }),
      });
    }
    const views = await contactViews(deps, auditedLookup(deps, requestInfo(args)), refs);
    for (const view of views) {
      await respond({ response_type: "ephemeral", text: view.text, blocks: view.blocks });
    }
  };
}
