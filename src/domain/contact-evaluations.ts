/**
 * A contact's evaluations (Contact Lens / Amazon Connect evaluation forms) as the Quality section
 * and the findings read them: plain data, JSON-safe so it can be cached, built from
 * ListContactEvaluations and DescribeContactEvaluation.
 */
export interface EvaluationScoreView {
  /** 0–100. */
  percentage?: number;
  automaticFail?: boolean;
  notApplicable?: boolean;
}

/** A section of the form (nested ones one level deeper), with its score in this evaluation. */
export interface EvaluationSectionView {
  title: string;
  /** 0 for a top-level section. */
  level: number;
  score?: EvaluationScoreView;
}

/** An evaluator's note: free text, masked when shown. `on` is the section or question it is on. */
export interface EvaluationNoteView {
  on?: string;
  text: string;
}

export interface EvaluationView {
  id: string;
  formTitle?: string;
  /** EvaluationStatus: DRAFT, SUBMITTED, REVIEW_REQUESTED, UNDER_REVIEW. */
  status?: string;
  score?: EvaluationScoreView;
  /** The evaluator's name (or username), resolved from the evaluator's ARN. */
  evaluator?: string;
  /** An automated evaluation (Contact Lens filled it in). */
  automated?: boolean;
  /** AutoEvaluationStatus: IN_PROGRESS, SUCCEEDED, FAILED. */
  autoStatus?: string;
  /** ISO 8601. */
  createdAt?: string;
  lastModifiedAt?: string;
  sections: EvaluationSectionView[];
  notes: EvaluationNoteView[];
}

export interface ContactEvaluations {
  /** Newest first, at most the first few (see `total`). */
  items: EvaluationView[];
  /** How many evaluations the contact has. */
  total: number;
  /**
   * Set when DescribeContactEvaluation could not be read, so sections and notes are missing:
   * "denied" (the IAM action) or "unavailable" (throttled, timed out; read again next time).
   */
  detailsMissing?: "denied" | "unavailable";
}

/** The evaluations that failed automatically, e.g. for the findings. */
export function automaticFails(evaluations: ContactEvaluations | undefined): EvaluationView[] {
  const items = Array.isArray(evaluations?.items) ? evaluations.items : [];
  return items.filter((item) => item.score?.automaticFail === true);
}
