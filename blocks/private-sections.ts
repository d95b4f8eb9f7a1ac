import type { Audience, RenderOptions, SectionId } from "./model.js";

/**
 * Where each section may open on a message the whole channel sees. "private" sections carry
 * customer data (attribute values, flow-log parameters, the customer's endpoints): clicked on a
 * public message they open for the person who clicked only, in an ephemeral answer, and a public
 * message never shows them. Every section must say which it is, so a new one (a conversation
 * transcript, say) is one line here: `conversation: "private"`.
 */
export const PRIVATE_SECTIONS: Record<SectionId, "in place" | "private"> = {
  agent: "in place",
  queue: "in place",
  routing: "in place",
  quality: "in place",
  details: "private",
  attributes: "private",
  chain: "private",
  flow: "private",
};

export function isPrivateSection(section: SectionId): boolean {
  return PRIVATE_SECTIONS[section] === "private";
}

/** The section a message for `audience` may show open: on a public one, no private section. */
export function openFor(audience: Audience | undefined, open: SectionId | undefined) {
  return audience === "public" && open && isPrivateSection(open) ? undefined : open;
}

/**
 * The options a message is rendered with. A public one masks the customer's endpoints whatever
 * MASK_CUSTOMER_ENDPOINTS says and never has a private section open, whatever the caller (or a
 * forged button) asked for.
 */
export function forAudience(options: RenderOptions): RenderOptions {
  if (options.audience !== "public") return options;
  return { ...options, maskEndpoints: true, open: openFor(options.audience, options.open) };
}
