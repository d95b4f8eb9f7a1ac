import type { SectionId } from "./action-ids.js";
import type { Audience, RenderOptions } from "./render-options.js";

/**
 * Where each section may open. "in place" sections open inside the message that was clicked.
 * "private" sections carry customer data (attribute values, flow-log parameters, the customer's
 * endpoints): clicked on a public message they open for the person who clicked only, in an
 * ephemeral answer, and a public message never shows them. "apart" sections (the conversation:
 * customer speech) always open that way, from a private summary too, so that no summary — which
 * "Share in thread" can make public — ever holds them. Every section must say which it is.
 */
export const PRIVATE_SECTIONS: Record<SectionId, "in place" | "private" | "apart"> = {
  agent: "in place",
  queue: "in place",
  routing: "in place",
  quality: "in place",
  details: "private",
  attributes: "private",
  chain: "private",
  flow: "private",
  conversation: "apart",
};

export function isPrivateSection(section: SectionId): boolean {
  return PRIVATE_SECTIONS[section] !== "in place";
}

/** Opens in an answer of its own, never inside a summary, whoever reads the summary. */
export function opensApart(section: SectionId): boolean {
  return PRIVATE_SECTIONS[section] === "apart";
}

/**
 * The section a message for `audience` may show open: on a public one no private section, in a
 * summary no section that opens apart. `alone`: the message is that section by itself, for the
 * one person who clicked.
 */
export function openFor(
  audience: Audience | undefined,
  open: SectionId | undefined,
  alone = false,
) {
  if (!open) return undefined;
  if (opensApart(open)) return alone && audience !== "public" ? open : undefined;
  return audience === "public" && isPrivateSection(open) ? undefined : open;
}

/**
 * The options a summary is rendered with. A public one masks the customer's endpoints whatever
 * MASK_CUSTOMER_ENDPOINTS says and never has a private section open, whatever the caller (or a
 * forged button) asked for; no summary has a section open that opens apart.
 */
export function forAudience(options: RenderOptions): RenderOptions {
  const open = openFor(options.audience, options.open);
  if (options.audience !== "public") return open === options.open ? options : { ...options, open };
  return { ...options, maskEndpoints: true, open };
}
