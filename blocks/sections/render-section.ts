import type { ContactRecord } from "../../src/domain/contact-record.js";
import type { SectionId } from "../action-ids.js";
import { type KnownBlock, section } from "../block-kit.js";
import { trusted } from "../mrkdwn.js";
import type { RenderOptions } from "../render-options.js";
import { renderAgentSection } from "./agent-section.js";
import { renderAttributesSection } from "./attributes-section.js";
import { renderChainSection } from "./chain-section.js";
import { CONVERSATION_TITLE, renderConversationBody } from "./conversation-section.js";
import { renderDetailsSection } from "./details-section.js";
import { renderFlowSection } from "./flow-section.js";
import { renderQualitySection } from "./quality-section.js";
import { renderQueueSection } from "./queue-section.js";
import { renderRoutingSection } from "./routing-section.js";

type SectionRenderer = (record: ContactRecord, options: RenderOptions) => KnownBlock[];

export const SECTION_TITLES: Record<SectionId, string> = {
  agent: "Agent",
  queue: "Queue",
  routing: "Routing",
  quality: "Quality",
  details: "Details",
  attributes: "Attributes",
  chain: "Chain",
  flow: "Flow",
  conversation: CONVERSATION_TITLE,
};

const RENDERERS: Record<SectionId, SectionRenderer> = {
  agent: renderAgentSection,
  queue: renderQueueSection,
  routing: renderRoutingSection,
  quality: renderQualitySection,
  details: renderDetailsSection,
  attributes: renderAttributesSection,
  chain: renderChainSection,
  flow: renderFlowSection,
  conversation: renderConversationBody,
};

/** A section's blocks without its title. */
export function renderSectionBody(
  id: SectionId,
  record: ContactRecord,
  options: RenderOptions,
): KnownBlock[] {
  return RENDERERS[id](record, options);
}

/** The open section's blocks, starting with its title. */
export function renderSection(
  id: SectionId,
  record: ContactRecord,
  options: RenderOptions,
): KnownBlock[] {
  return [section(trusted(`*${SECTION_TITLES[id]}*`)), ...renderSectionBody(id, record, options)];
}
