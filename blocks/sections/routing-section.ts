import type { Step } from "@aws-sdk/client-connect";
import type { ContactRecord } from "../../src/domain/contact-record.js";
import { routingExpressionText } from "../../src/domain/routing-expression.js";
import { listOf } from "../../src/domain/shape.js";
import { type KnownBlock, lineSections, remark } from "../block-kit.js";
import type { Mrkdwn } from "../mrkdwn.js";
import { around, date, enumText, join, line, md, num, seconds, trusted } from "../mrkdwn.js";

const MAX_STEPS = 30;
const EXPRESSION_MAX = 1500;

function stepLines(step: Step, index: number): Mrkdwn[] {
  const expiry = step.Expiry;
  const heading = join([
    trusted(`*Step ${index + 1}*`),
    enumText(step.Status),
    around(
      "expires ",
      join(
        [
          around("after ", seconds(expiry?.DurationInSeconds)),
          around("at ", date(expiry?.ExpiryTimestamp)),
        ],
        " ",
      ),
    ),
  ]);
  const expression = step.Expression && md(routingExpressionText(step.Expression), EXPRESSION_MAX);
  return [
    heading ?? trusted(`*Step ${index + 1}*`),
    ...(expression ? [trusted(`↳ ${expression}`)] : []),
  ];
}

export function renderRoutingSection(record: ContactRecord): KnownBlock[] {
  const criteria = record.contact.RoutingCriteria;
  if (!criteria) return [remark("No routing criteria on this contact.")];
  const steps = listOf(criteria.Steps);
  const lines = [
    line("Activated", date(criteria.ActivationTimestamp)),
    line("Index", num(criteria.Index)),
    ...steps.slice(0, MAX_STEPS).flatMap(stepLines),
    steps.length > MAX_STEPS ? trusted(`… and ${steps.length - MAX_STEPS} more steps`) : undefined,
  ];
  return lineSections(lines, 10);
}
