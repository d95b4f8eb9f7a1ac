import type { Expression, SegmentAttributeValue } from "@aws-sdk/client-connect";
import fc from "fast-check";
import { enumOr, id, list, num, partial, text } from "./primitives.js";

const condition = partial({
  Name: text,
  Value: text,
  ProficiencyLevel: num,
  Range: partial({ MinProficiencyLevel: num, MaxProficiencyLevel: num }),
  MatchCriteria: partial({ AgentsCriteria: partial({ AgentIds: list(id, 30) }) }),
  ComparisonOperator: enumOr("NumberGreaterOrEqualTo", "Range", "Match"),
});

const { expression: bushy } = fc.letrec<{ expression: Expression }>((tie) => ({
  expression: fc.oneof(
    { depthSize: "small", withCrossShrink: true },
    partial({ AttributeCondition: condition, NotAttributeCondition: condition }),
    partial({
      AndExpression: list(tie("expression"), 4),
      OrExpression: list(tie("expression"), 4),
    }),
  ),
}));

/** A chain of AND groups 50 deep. */
const deep: fc.Arbitrary<Expression> = fc
  .tuple(fc.integer({ min: 20, max: 50 }), condition)
  .map(([depth, leaf]) => {
    let expression: Expression = { AttributeCondition: leaf };
    for (let i = 0; i < depth; i += 1)
      expression = { AndExpression: [expression, { NotAttributeCondition: leaf }] };
    return expression;
  });

export const { segment } = fc.letrec<{ segment: SegmentAttributeValue }>((tie) => ({
  segment: fc.oneof(
    { depthSize: "small", withCrossShrink: true },
    partial({ ValueString: text, ValueInteger: num, ValueArn: text }),
    partial({
      ValueMap: fc.dictionary(text, tie("segment"), { maxKeys: 3 }),
      ValueList: list(tie("segment"), 3),
    }),
  ),
}));

/** Routing expressions: random bushy trees, and chains 20–50 levels deep. */
export const expression = fc.oneof(bushy, deep);
