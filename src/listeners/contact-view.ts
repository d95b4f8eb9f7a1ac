import type { KnownBlock } from "@slack/types";
import type { SectionId } from "../../blocks/action-ids.js";
import { renderContactMessage } from "../../blocks/contact-message.js";
import { renderError } from "../../blocks/error-message.js";
import { fitMessage } from "../../blocks/fit-message.js";
import { moreContactsNote } from "../../blocks/notices.js";
import { openFor } from "../../blocks/private-sections.js";
import type { Audience, RenderOptions } from "../../blocks/render-options.js";
import { renderSectionMessage } from "../../blocks/section-message.js";
import type { LookupOptions } from "../connect/contact-lookup.js";
import type { ContactRef } from "../connect/contact-ref.js";
import type { Deps } from "../deps.js";
import type { ContactRecord } from "../domain/contact-record.js";
import { ContactNotFoundError, ForeignInstanceError } from "../domain/errors.js";
import type { AuditedLookup } from "./audited-lookup.js";
import { conversationOptions } from "./conversation-options.js";
import { qualityOptions } from "./quality-options.js";
import { sectionData } from "./section-data.js";

export interface ContactView {
  text: string;
  blocks: KnownBlock[];
  ok: boolean;
  notFound: boolean;
}

export interface ViewOptions {
  open?: SectionId;
  /** Who will read the message; a public one masks endpoints and opens no private section. */
  audience?: Audience;
  /** The `open` section alone under a header naming the contact (the private answer to a click). */
  sectionOnly?: boolean;
  lookup?: LookupOptions;
  shareTo?: RenderOptions["shareTo"];
  /**
   * Leave out ids that are not contacts, and contacts of instances that are not this bot's. Alerts
   * carry other UUIDs too (request ids, trace ids), and an alert channel may be shared with another
   * deployment: a public "not found" for each would bury the answers in the thread.
   */
  skipNotFound?: boolean;
}

export type ContactViewDeps = Pick<
  Deps,
  "config" | "contacts" | "logger" | "flowPaths" | "evaluations" | "conversations"
>;

/** The flow path for the findings, and for the Flow section when it is open (see sectionData). */
export async function flowOptions(
  deps: Pick<Deps, "config" | "logger" | "flowPaths">,
  record: ContactRecord,
  open: SectionId | undefined,
): Promise<Pick<RenderOptions, "flowPath" | "flowProblem" | "thresholds" | "now">> {
  const { logger } = deps;
  const { data, problem } = await sectionData(deps.flowPaths, record, open === "flow", {
    logger,
    what: "flow path",
  });
  return {
    thresholds: deps.config.findings,
    now: new Date(),
    flowPath: data,
    flowProblem: problem,
  };
}

/**
 * One contact as a message: the summary with `open` expanded, or the user-facing error. Only the
 * attributes, chain, flow, quality and conversation sections need more than the (cached) record.
 */
export async function contactView(
  deps: ContactViewDeps,
  lookup: AuditedLookup,
  ref: ContactRef,
  options: ViewOptions = {},
): Promise<ContactView> {
  try {
    const { record } = await lookup(ref, options.lookup);
    const { shareTo, audience } = options;
    // Nothing is read for a section a public message (or a summary) may not show.
    const open = openFor(audience, options.open, options.sectionOnly);
    const attributes =
      open === "attributes"
        ? await deps.contacts.attributes(record.instanceId, record.contact.Id ?? ref.contactId)
        : undefined;
    // Chain legs go through the audited lookup too: each contact read is one audit line.
    const chain =
      open === "chain"
        ? await deps.contacts.chain(record, (leg) => lookup(leg, options.lookup))
        : undefined;
    const [flow, quality, conversation] = await Promise.all([
      flowOptions(deps, record, open),
      qualityOptions(deps, record, open),
      conversationOptions(deps, record, open),
    ]);
    const rendering: RenderOptions = {
      ...flow,
      ...quality,
      ...conversation,
      maskEndpoints: deps.config.maskCustomerEndpoints,
      audience,
      open,
      attributes,
      chain,
      shareTo,
    };
    const message =
      options.sectionOnly && open
        ? renderSectionMessage(open, record, rendering)
        : renderContactMessage(record, rendering);
    return { ...message, ok: true, notFound: false };
  } catch (error) {
    const message = renderError(error, { contactId: ref.contactId });
    deps.logger.warn({ err: error, contactId: ref.contactId }, "contact lookup failed");
    const notFound = error instanceof ContactNotFoundError || error instanceof ForeignInstanceError;
    return { ...message, ok: false, notFound };
  }
}

/** Views for several contacts, at most `max`; the rest are named in a note under the last one. */
export async function contactViews(
  deps: ContactViewDeps,
  lookup: AuditedLookup,
  refs: readonly ContactRef[],
  options: ViewOptions = {},
): Promise<ContactView[]> {
  const max = deps.config.maxContactsPerMessage;
  const all = await Promise.all(
    refs.slice(0, max).map((ref) => contactView(deps, lookup, ref, options)),
  );
  const views = options.skipNotFound ? all.filter((view) => !view.notFound) : all;
  const rest = refs.slice(max).map((ref) => ref.contactId);
  const last = views.at(-1);
  if (last && rest.length > 0) {
    last.blocks = fitMessage([...last.blocks, ...moreContactsNote(rest)]);
    last.text = `${last.text} (and ${rest.length} more)`;
  }
  return views;
}
