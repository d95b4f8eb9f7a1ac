import { type FlowPath, failedSteps, resolvedName } from "../flow-path.js";
import { blockTypeWords, isLambdaBlock, stepLambda } from "../flow-words.js";
import { maskFreeText } from "../masking/free-text-mask.js";
import { type Finding, finding, strong } from "./finding.js";

const MAX_FLOW_FINDINGS = 3;

/**
 * A block's failure in a word or two: "The Lambda Function Returned An Error." → "error". Findings
 * head public summaries too, so what is quoted of the log's text is masked, whatever the settings.
 */
function failureWord(failure: string | undefined): string {
  const text = maskFreeText(failure ?? "error", { endpoints: true }, 40);
  if (/time ?out|timed out/i.test(text)) return "timeout";
  if (/no.?match/i.test(text)) return "no match";
  if (/throttl/i.test(text)) return "throttled";
  if (/error|fail/i.test(text)) return "error";
  return text.length > 40 ? `${text.slice(0, 39)}…` : text.toLowerCase();
}

/** The flow's name as the path knows it: from the log entry, DescribeContactFlow, or "a flow". */
export function flowLabel(path: FlowPath, flowName?: string, flowArn?: string): string | undefined {
  return flowName ?? (flowArn ? resolvedName(path, flowArn) : undefined);
}

/** "Lambda *lookupCustomer* failed in flow *Acme Main IVR* (error)", once per block and failure. */
export function flowErrors(path: FlowPath | undefined): Finding[] {
  if (!path) return [];
  const seen = new Set<string>();
  const found: Finding[] = [];
  for (const step of failedSteps(path)) {
    const lambda = isLambdaBlock(step.blockType) ? stepLambda(step.parameters) : undefined;
    const what = lambda ?? blockTypeWords(step.blockType);
    const flow = flowLabel(path, step.flowName, step.flowArn);
    const key = `${what}|${flow}|${step.failure}`;
    if (seen.has(key)) continue;
    seen.add(key);
    found.push(
      finding("flow_error", 3, "⚠️", [
        lambda ? "Lambda " : "",
        strong(what),
        " failed",
        ...(flow ? [" in flow ", strong(flow)] : []),
        ` (${failureWord(step.failure)})`,
      ]),
    );
  }
  if (found.length <= MAX_FLOW_FINDINGS) return found;
  const rest = found.length - (MAX_FLOW_FINDINGS - 1);
  return [
    ...found.slice(0, MAX_FLOW_FINDINGS - 1),
    finding("flow_error", 3, "⚠️", [`${rest} more flow blocks failed — open `, strong("Flow")]),
  ];
}
