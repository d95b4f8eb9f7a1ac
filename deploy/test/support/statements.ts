/** A policy statement as the template or iam/policy.ts writes it. */
export interface Statement {
  Sid: string;
  Action: string | string[];
  Resource: string | string[];
  Condition?: unknown;
}

/** The Slack secret the pure (unsynthesized) policy tests scope to. */
export const SECRET = "arn:aws:secretsmanager:us-east-1:123456789012:secret:s-AbCdEf";

export const CONTACT_LENS_SIDS = [
  "ContactLensAnalysisList",
  "ContactLensAnalysisFiles",
  "ContactLensAnalysisDecrypt",
];

export const list = <T>(value: T | T[]): T[] => (Array.isArray(value) ? value : [value]);

/** Statements as written, single actions and resources (as the template has them) as lists. */
export const normal = (statements: readonly Statement[]) =>
  statements.map(({ Sid, Action, Resource, Condition }) => ({
    Sid,
    Action: list(Action),
    Resource: list(Resource),
    ...(Condition ? { Condition } : {}),
  }));

/** The statements of those Sids, normalized, in their order in the policy. */
export const bySid = (statements: readonly Statement[], sids: readonly string[]) =>
  normal(statements.filter((s) => sids.includes(s.Sid)));
