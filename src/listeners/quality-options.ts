import { errorWording } from "../../blocks/error-message.js";
import type { ContactRecord, RenderOptions, SectionId } from "../../blocks/model.js";
import type { Deps } from "../deps.js";

/**
 * The evaluations for the findings (and the Quality section when open): read when Quality is
 * open, otherwise only what the cache already holds, so findings never cost a call of their own.
 * A failure is worded in the section; the rest of the summary stands.
 */
export async function qualityOptions(
  deps: Pick<Deps, "evaluations" | "logger">,
  record: ContactRecord,
  open: SectionId | undefined,
): Promise<Pick<RenderOptions, "evaluations" | "evaluationsProblem">> {
  if (open !== "quality") return { evaluations: await deps.evaluations.cached(record) };
  try {
    return { evaluations: await deps.evaluations.read(record) };
  } catch (error) {
    deps.logger.warn({ err: error, contactId: record.contact.Id }, "evaluations failed");
    return { evaluationsProblem: errorWording(error) };
  }
}
