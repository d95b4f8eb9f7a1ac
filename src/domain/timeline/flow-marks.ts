import { type FlowPath, failedSteps } from "../flow-path.js";
import { blockTypeWords, isLambdaBlock, stepLambda } from "../flow-words.js";
import type { TimelineMark } from "./timeline.js";

/** More marks than this on one lane would hide the segments under them. */
const MAX_FLOW_MARKS = 8;

/** A ✖ on the lane for each failed flow block of a loaded flow path: "Lambda lookupCustomer failed". */
export function flowMarks(path: FlowPath | undefined): TimelineMark[] {
  if (!path) return [];
  return failedSteps(path)
    .flatMap((step): TimelineMark[] => {
      const at = Date.parse(step.at);
      if (!Number.isFinite(at)) return [];
      const lambda = isLambdaBlock(step.blockType) ? stepLambda(step.parameters) : undefined;
      const what = lambda ? `Lambda ${lambda}` : blockTypeWords(step.blockType);
      return [{ kind: "flow_error", at, label: `${what} failed` }];
    })
    .slice(0, MAX_FLOW_MARKS);
}
