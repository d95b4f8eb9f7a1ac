import type {
  DescribeContactEvaluationResponse,
  EvaluationFormItem,
  EvaluationScore,
  EvaluationSummary,
} from "@aws-sdk/client-connect";
import type {
  EvaluationScoreView,
  EvaluationSectionView,
  EvaluationView,
} from "../domain/contact-evaluations.js";

/** Bounds what one evaluation keeps in the cache: a form can be long, a note longer. */
const MAX_SECTIONS = 20;
const MAX_NOTES = 10;
const NOTE_MAX = 1000;
const MAX_DEPTH = 3;

const iso = (value: Date | undefined) =>
  value instanceof Date && Number.isFinite(value.getTime()) ? value.toISOString() : undefined;

function scoreView(score: EvaluationScore | undefined): EvaluationScoreView | undefined {
  if (!score) return undefined;
  const view: EvaluationScoreView = {};
  if (typeof score.Percentage === "number") view.percentage = score.Percentage;
  if (score.AutomaticFail) view.automaticFail = true;
  if (score.NotApplicable) view.notApplicable = true;
  return Object.keys(view).length > 0 ? view : undefined;
}

/** A user id from a user ARN (`…:instance/<instance>/agent/<user id>`), for DescribeUser. */
export function userIdOfArn(arn: string | undefined): string | undefined {
  const parts = (arn ?? "").split("/");
  return parts.length >= 4 && parts.at(-2) === "agent" ? parts.at(-1) || undefined : undefined;
}

/** What ListContactEvaluations says of an evaluation, before DescribeContactEvaluation. */
export function summaryView(summary: EvaluationSummary, evaluator?: string): EvaluationView {
  return {
    id: summary.EvaluationId ?? "",
    formTitle: summary.EvaluationFormTitle,
    status: summary.Status,
    score: scoreView(summary.Score),
    evaluator,
    automated: summary.AutoEvaluationEnabled,
    autoStatus: summary.AutoEvaluationStatus,
    createdAt: iso(summary.CreatedTime),
    lastModifiedAt: iso(summary.LastModifiedTime),
    sections: [],
    notes: [],
  };
}

interface FormWalk {
  sections: EvaluationSectionView[];
  /** Every item's title by RefId, for the notes. */
  titles: Map<string, string>;
}

function walkItems(
  items: readonly EvaluationFormItem[] | undefined,
  scores: Record<string, EvaluationScore>,
  level: number,
  into: FormWalk,
): void {
  if (!Array.isArray(items) || level > MAX_DEPTH) return;
  for (const item of items) {
    const section = item.Section;
    const question = item.Question;
    if (question?.RefId && question.Title) into.titles.set(question.RefId, question.Title);
    if (!section?.RefId) continue;
    const title = section.Title ?? section.RefId;
    into.titles.set(section.RefId, title);
    if (into.sections.length < MAX_SECTIONS) {
      const score = Object.hasOwn(scores, section.RefId) ? scores[section.RefId] : undefined;
      into.sections.push({ title, level, score: scoreView(score) });
    }
    walkItems(section.Items, scores, level + 1, into);
  }
}

/** The list's view with what DescribeContactEvaluation adds: the form's sections and the notes. */
export function detailedView(
  base: EvaluationView,
  described: DescribeContactEvaluationResponse,
): EvaluationView {
  const { Evaluation: evaluation, EvaluationForm: form } = described;
  const walk: FormWalk = { sections: [], titles: new Map() };
  walkItems(form?.Items, evaluation?.Scores ?? {}, 0, walk);
  const notes = Object.entries(evaluation?.Notes ?? {})
    .filter(([, note]) => typeof note?.Value === "string" && note.Value.trim() !== "")
    .slice(0, MAX_NOTES)
    .map(([refId, note]) => ({
      on: walk.titles.get(refId),
      text: (note.Value ?? "").slice(0, NOTE_MAX),
    }));
  const metadata = evaluation?.Metadata;
  return {
    ...base,
    formTitle: form?.Title ?? base.formTitle,
    status: evaluation?.Status ?? base.status,
    score: scoreView(metadata?.Score) ?? base.score,
    automated: metadata?.AutoEvaluation?.AutoEvaluationEnabled ?? base.automated,
    autoStatus: metadata?.AutoEvaluation?.AutoEvaluationStatus ?? base.autoStatus,
    sections: walk.sections,
    notes,
  };
}
