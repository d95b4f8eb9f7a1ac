import type { Expression } from "@aws-sdk/client-connect";
import { describe, expect, it } from "vitest";
import { comparisonWords, routingExpressionText } from "../../src/domain/routing-expression.js";

const condition = (Name: string, Value: string, ProficiencyLevel?: number): Expression => ({
  AttributeCondition: {
    Name,
    Value,
    ProficiencyLevel,
    ComparisonOperator: "NumberGreaterOrEqualTo",
  },
});

describe("routingExpressionText", () => {
  it("renders nested AND / OR / NOT with levels and ranges", () => {
    const expression: Expression = {
      AndExpression: [
        condition("Technology", "AWS Kinesis", 3),
        {
          OrExpression: [
            {
              AttributeCondition: {
                Name: "Language",
                Value: "English",
                Range: { MinProficiencyLevel: 2, MaxProficiencyLevel: 4 },
                ComparisonOperator: "Range",
              },
            },
            { NotAttributeCondition: { Name: "Region", Value: "EU" } },
          ],
        },
      ],
    };
    expect(routingExpressionText(expression)).toBe(
      '(Technology = "AWS Kinesis" ≥ 3 AND (Language = "English" 2–4 OR NOT Region = "EU"))',
    );
  });

  it("lists the agents of a match condition", () => {
    expect(
      routingExpressionText({
        AttributeCondition: {
          ComparisonOperator: "Match",
          MatchCriteria: { AgentsCriteria: { AgentIds: ["a-1", "b-2"] } },
        },
      }),
    ).toBe("agent in [a-1, b-2]");
  });

  it("shows operators it does not know", () => {
    expect(
      routingExpressionText({
        AttributeCondition: { Name: "Tier", Value: "Gold", ComparisonOperator: "StringEquals" },
      }),
    ).toBe('Tier = "Gold" (StringEquals)');
    expect(comparisonWords("NumberGreaterOrEqualTo")).toBe("≥");
  });

  it("says so when there is nothing", () => {
    expect(routingExpressionText(undefined)).toBe("(empty)");
    expect(routingExpressionText({})).toBe("(empty)");
  });

  it("stops at depth 10 so a hostile tree stays small", () => {
    let deep: Expression = condition("Leaf", "x", 1);
    for (let i = 0; i < 50; i += 1) deep = { AndExpression: [deep] };
    const text = routingExpressionText(deep);
    expect(text).toContain("…");
    expect(text).not.toContain("Leaf");
    expect(text.length).toBeLessThan(100);
  });

  it("bounds wide and bushy trees", () => {
    const wide: Expression = {
      OrExpression: Array.from({ length: 500 }, (_, i) => condition(`N${i}`, "v", 1)),
    };
    expect(routingExpressionText(wide)).toContain("… 480 more");
    let bushy: Expression = condition("Leaf", "x".repeat(1000), 1);
    for (let i = 0; i < 12; i += 1)
      bushy = { AndExpression: Array.from({ length: 20 }, () => bushy) };
    expect(routingExpressionText(bushy).length).toBeLessThanOrEqual(2000);
  });
});
