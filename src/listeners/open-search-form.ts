import type { WebClient } from "@slack/web-api";
import { renderSearchForm } from "../../blocks/search-form.js";

/**
 * Opens the "Find contacts" modal. The channel it was opened from travels in private_metadata, so
 * the results go back there privately; without one (global shortcut) they go to the user's DM.
 */
export async function openSearchForm(
  client: WebClient,
  triggerId: string,
  channelId?: string,
): Promise<void> {
  const metadata = JSON.stringify(channelId ? { c: channelId } : {});
  await client.views.open({ trigger_id: triggerId, view: renderSearchForm(metadata) });
}
