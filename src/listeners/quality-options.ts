import type { SectionId } from "../../blocks/action-ids.js";
import type { RenderOptions } from "../../blocks/render-options.js";
import type { Deps } from "../deps.js";
import type { ContactRecord } from "../domain/contact-record.js";
import { sectionData } from "./section-data.js";

/** The evaluations for the findings, and for the Quality section when it is open (see sectionData). */
export async function qualityOptions(
  deps: Pick<Deps, "evaluations" | "logger">,
  record: ContactRecord,
  open: SectionId | undefined,
): Promise<Pick<RenderOptions, "evaluations" | "evaluationsProblem">> {
  const { logger } = deps;
  const { data, problem } = await sectionData(deps.evaluations, record, open === "quality", {
    logger,
    what: "evaluations",
  });
  return { evaluations: data, evaluationsProblem: problem };
}
