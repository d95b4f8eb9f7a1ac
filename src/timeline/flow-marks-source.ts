import type { ChainLeg } from "../domain/contact-record.js";
import { flowMarks } from "../domain/timeline/flow-marks.js";
import type { TimelineMark } from "../domain/timeline/timeline.js";
import type { FlowPaths } from "../logs/flow-paths.js";

/**
 * The timeline's flow-block marks from flow paths already read (the Flow section's cache): a
 * picture never starts a CloudWatch Logs scan of its own.
 */
export function flowMarksSource(
  flowPaths: Pick<FlowPaths, "cached">,
): (legs: readonly ChainLeg[]) => Promise<Record<string, TimelineMark[]>> {
  return async (legs) => {
    const entries = await Promise.all(
      legs.map(async (leg) => {
        const path = leg.record ? await flowPaths.cached(leg.record) : undefined;
        return [leg.contactId, flowMarks(path)] as const;
      }),
    );
    return Object.fromEntries(entries.filter(([, marks]) => marks.length > 0));
  };
}
