import { automaticFails, type ContactEvaluations } from "../contact-evaluations.js";
import { listOf } from "../shape.js";
import { type Finding, finding, strong } from "./finding.js";

const MAX_SHOWN = 2;

/**
 * "Evaluation *Customer service* failed automatically (section *Compliance*)", from evaluations
 * already loaded or cached: the findings never read them themselves.
 */
export function evaluationFails(evaluations: ContactEvaluations | undefined): Finding[] {
  const failed = automaticFails(evaluations);
  if (failed.length > MAX_SHOWN) {
    return [
      finding("evaluation_automatic_fail", 2, "🚩", [
        `${failed.length} evaluations failed automatically — open `,
        strong("Quality"),
      ]),
    ];
  }
  return failed.map((item) => {
    const section = listOf(item.sections).find((s) => s.score?.automaticFail === true);
    return finding("evaluation_automatic_fail", 2, "🚩", [
      "Evaluation ",
      strong(item.formTitle ?? "of this contact"),
      " failed automatically",
      ...(section ? [" (section ", strong(section.title), ")"] : []),
    ]);
  });
}
