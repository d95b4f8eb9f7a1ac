import type { AttributeCondition, Expression } from "./connect-model.js";
import { listOf } from "./shape.js";
import { truncate } from "./truncate.js";

/** Deeper levels render as "…": hostile or broken trees must not blow the message limits. */
export const MAX_DEPTH = 10;
/** Children shown per AND/OR group, and conditions rendered in a whole tree. */
const MAX_CHILDREN = 20;
const MAX_NODES = 200;
const MAX_TEXT = 2000;
const VALUE_MAX = 120;

const OPERATORS = new Map([
  ["NumberGreaterOrEqualTo", "≥"],
  ["Range", "in range"],
  ["Match", "matches"],
]);

/** A ComparisonOperator as shown: "NumberGreaterOrEqualTo" → "≥"; unknown operators as they are. */
export function comparisonWords(operator: string): string {
  return OPERATORS.get(operator) ?? operator;
}

const quote = (value: string): string => `"${truncate(value, VALUE_MAX)}"`;
const numberText = (value: unknown): string | undefined =>
  typeof value === "number" && Number.isFinite(value) ? String(value) : undefined;

/** "≥ 3" for a minimum level, "2–4" for a range; both when a condition carries both. */
function levelText(condition: AttributeCondition): string | undefined {
  const range = condition.Range;
  const level = numberText(condition.ProficiencyLevel);
  const parts = [
    level === undefined
      ? undefined
      : `${comparisonWords(condition.ComparisonOperator ?? "NumberGreaterOrEqualTo")} ${level}`,
    range
      ? `${numberText(range.MinProficiencyLevel) ?? "?"}–${numberText(range.MaxProficiencyLevel) ?? "?"}`
      : undefined,
  ];
  return parts.filter((part) => part !== undefined).join(", ") || undefined;
}

/** `Technology = "AWS Kinesis" ≥ 3`, `Language = "English" 2–4`, `agent in [id, id]`. */
function conditionText(condition: AttributeCondition): string {
  const ids = listOf(condition.MatchCriteria?.AgentsCriteria?.AgentIds);
  const shownIds = ids.slice(0, MAX_CHILDREN).map((id) => truncate(String(id), VALUE_MAX));
  if (ids.length > MAX_CHILDREN) shownIds.push(`… ${ids.length - MAX_CHILDREN} more`);
  const operator = condition.ComparisonOperator;
  // Operators that levelText or the agent list already express are not repeated.
  const unexplained =
    operator !== undefined && !OPERATORS.has(operator) && condition.ProficiencyLevel === undefined;
  const parts = [
    typeof condition.Name === "string" ? truncate(condition.Name, VALUE_MAX) : undefined,
    typeof condition.Value === "string" ? `= ${quote(condition.Value)}` : undefined,
    levelText(condition),
    condition.MatchCriteria ? `agent in [${shownIds.join(", ")}]` : undefined,
    unexplained ? `(${truncate(operator, VALUE_MAX)})` : undefined,
  ];
  return parts.filter((part) => part !== undefined).join(" ") || "?";
}

interface Walk {
  nodes: number;
}

function expressionText(expression: Expression, depth: number, walk: Walk): string {
  walk.nodes += 1;
  if (depth > MAX_DEPTH || walk.nodes > MAX_NODES) return "…";
  const group = (
    children: readonly Expression[] | undefined,
    operator: string,
  ): string | undefined => {
    const all = listOf(children);
    if (all.length === 0) return undefined;
    const shown = all.slice(0, MAX_CHILDREN).map((child) => expressionText(child, depth + 1, walk));
    if (all.length > MAX_CHILDREN) shown.push(`… ${all.length - MAX_CHILDREN} more`);
    return `(${shown.join(` ${operator} `)})`;
  };
  const parts = [
    expression.AttributeCondition && conditionText(expression.AttributeCondition),
    expression.NotAttributeCondition && `NOT ${conditionText(expression.NotAttributeCondition)}`,
    group(expression.AndExpression, "AND"),
    group(expression.OrExpression, "OR"),
  ];
  // An expression should hold one of these; if a broken one holds several, all must be true.
  return parts.filter((part) => part).join(" AND ") || "(empty)";
}

/**
 * A routing step's Expression as one readable line, e.g.
 * `(Technology = "AWS Kinesis" ≥ 3 AND (Language = "English" 2–4 OR NOT Region = "EU"))`.
 * Plain text: escape it before putting it in mrkdwn.
 */
export function routingExpressionText(expression: Expression | undefined): string {
  if (!expression || typeof expression !== "object") return "(empty)";
  return truncate(expressionText(expression, 0, { nodes: 0 }), MAX_TEXT);
}
