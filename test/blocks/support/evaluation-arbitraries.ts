import fc from "fast-check";
import type {
  ContactEvaluations,
  EvaluationView,
} from "../../../src/domain/contact-evaluations.js";
import { date, enumOr, id, list, num, partial, text } from "./primitives.js";

const score = partial({
  percentage: num,
  automaticFail: fc.boolean(),
  notApplicable: fc.boolean(),
});
const iso = date.map((d) => (Number.isFinite(d.getTime()) ? d.toISOString() : "x"));

/** An evaluation as cached, every string hostile or long at times. */
const evaluation = fc.record(
  {
    id,
    formTitle: text,
    status: enumOr("DRAFT", "SUBMITTED", "UNDER_REVIEW"),
    score,
    evaluator: text,
    automated: fc.boolean(),
    autoStatus: enumOr("IN_PROGRESS", "SUCCEEDED", "FAILED"),
    createdAt: iso,
    lastModifiedAt: iso,
    sections: list(fc.record({ title: text, level: fc.nat({ max: 5 }), score }), 20),
    notes: list(
      partial({ on: text }).chain((n) => text.map((t) => ({ ...n, text: t }))),
      10,
    ),
  },
  { requiredKeys: ["id", "sections", "notes"] },
) as fc.Arbitrary<EvaluationView>;

export const evaluations: fc.Arbitrary<ContactEvaluations> = fc.record(
  {
    items: list(evaluation, 10),
    total: fc.nat({ max: 500 }),
    detailsMissing: fc.constantFrom("denied", "unavailable") as fc.Arbitrary<
      ContactEvaluations["detailsMissing"]
    >,
  },
  { requiredKeys: ["items", "total"] },
);
