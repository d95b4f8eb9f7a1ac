import type { KnownBlock } from "../../blocks/block-kit.js";

const BUILDER = "https://app.slack.com/block-kit-builder/";

/**
 * Block Kit Builder opens the URL-encoded `{"blocks": [...]}` payload found after `#`. ":" and ","
 * are legal in a fragment and left as they are, as in Slack's own links: a shorter URL.
 */
export function blockKitBuilderUrl(blocks: readonly KnownBlock[]): string {
  const payload = encodeURIComponent(JSON.stringify({ blocks }));
  return `${BUILDER}#${payload.replaceAll("%3A", ":").replaceAll("%2C", ",")}`;
}
