import type { SectionId } from "../../blocks/action-ids.js";
import type { RenderOptions } from "../../blocks/render-options.js";
import type { Deps } from "../deps.js";
import type { ContactRecord } from "../domain/contact-record.js";
import { sectionData } from "./section-data.js";

/** Contact Lens's analysis for the findings, and for the Conversation section when it is open. */
export async function conversationOptions(
  deps: Pick<Deps, "conversations" | "logger">,
  record: ContactRecord,
  open: SectionId | undefined,
): Promise<Pick<RenderOptions, "conversation" | "conversationProblem">> {
  const { logger } = deps;
  const { data, problem } = await sectionData(deps.conversations, record, open === "conversation", {
    logger,
    what: "conversation",
  });
  return { conversation: data, conversationProblem: problem };
}
