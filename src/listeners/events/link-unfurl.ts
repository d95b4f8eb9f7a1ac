import type { AllMiddlewareArgs, SlackEventMiddlewareArgs } from "@slack/bolt";
import type { KnownBlock } from "@slack/types";
import { renderUnfurl } from "../../../blocks/unfurl.js";
import { contactRefFromConsoleUrl } from "../../connect/contact-ref.js";
import { requestInfo } from "../../slack/request-info.js";
import { boundedText } from "../../text/bounded-text.js";
import { type AuditedLookupDeps, auditedLookup } from "../audited-lookup.js";
import { type ContactViewDeps, flowOptions } from "../contact-view.js";
import { conversationOptions } from "../conversation-options.js";
import { qualityOptions } from "../quality-options.js";

type Args = SlackEventMiddlewareArgs<"link_shared"> & AllMiddlewareArgs;

/**
 * An unfurl is public to the whole channel: in one shared with other organisations (Slack
 * Connect), people of other companies would read the contact. Slack marks those on the event's
 * envelope; one that does not say is treated as shared.
 */
function sharedWithOtherOrganisations(body: Args["body"]): boolean {
  return body.is_ext_shared_channel !== false;
}

/** A pasted Amazon Connect console link to a contact unfurls into a compact summary. */
export function linkUnfurl(deps: ContactViewDeps & AuditedLookupDeps) {
  return async (args: Args): Promise<void> => {
    const { event, body, client, logger } = args;
    if (!deps.config.privacy.unfurlSharedChannels && sharedWithOtherOrganisations(body)) {
      logger.debug("no unfurl in an externally shared channel (UNFURL_SHARED_CHANNELS=false)");
      return;
    }
    const lookup = auditedLookup(deps, requestInfo(args));
    const unfurls: Record<string, { blocks: KnownBlock[] }> = {};
    for (const { url } of event.links) {
      const ref = contactRefFromConsoleUrl(boundedText(url));
      if (!ref) continue;
      try {
        const { record } = await lookup(ref);
        unfurls[url] = {
          blocks: renderUnfurl(record, {
            ...(await flowOptions(deps, record, undefined)),
            ...(await qualityOptions(deps, record, undefined)),
            ...(await conversationOptions(deps, record, undefined)),
            maskEndpoints: deps.config.maskCustomerEndpoints,
          }),
        };
      } catch (error) {
        logger.warn(`no unfurl for a console link: ${String(error)}`);
      }
    }
    if (Object.keys(unfurls).length === 0) return;
    const target =
      event.unfurl_id && event.source
        ? {
            unfurl_id: event.unfurl_id,
            source: event.source as "composer" | "conversations_history",
          }
        : { channel: event.channel, ts: event.message_ts };
    await client.chat.unfurl({ ...target, unfurls });
  };
}
