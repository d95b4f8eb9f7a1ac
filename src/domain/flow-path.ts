/**
 * A contact's path through the instance's flows, as read from its flow logs in CloudWatch Logs.
 * Plain data (JSON-safe, so it can be cached) shared by the Flow section, the findings and the
 * timeline: each step is one flow log entry of this contact, in time order.
 */
export interface FlowStep {
  /** The entry's `Timestamp`, ISO 8601. */
  at: string;
  /** `ContactFlowId`: the flow's ARN. */
  flowArn?: string;
  /** `ContactFlowName`, when the entry carried it. */
  flowName?: string;
  /** `ContactFlowModuleType`, e.g. "InvokeExternalResource". */
  blockType: string;
  /** `Identifier`: the block's id or label in the flow designer. */
  identifier?: string;
  /** `Parameters`, flattened to text (deny-listed attributes already removed). */
  parameters: Record<string, string>;
  /** `Results`, when a string. */
  results?: string;
  /** `ExternalResults` (a Lambda's answer), flattened to text, deny-listed keys removed. */
  externalResults?: Record<string, string>;
  /** Why the block failed ("Error", "Timeout", a Lambda error…); absent when it did not. */
  failure?: string;
}

export type FlowIncompleteReason = "throttled" | "timeout" | "page_limit";

export interface FlowPath {
  contactId: string;
  logGroup: string;
  steps: FlowStep[];
  /** Flow and queue ARNs met in the path, resolved to names (DescribeContactFlow / DescribeQueue). */
  names: Record<string, string>;
  /** Set when the scan stopped before the last page: the steps are what was read so far. */
  incomplete?: FlowIncompleteReason;
  /** Where an incomplete scan stopped (a FilterLogEvents nextToken): the next read goes on from here. */
  resumeToken?: string;
}

/** The failed steps of a path, e.g. for the timeline's markers. */
export function failedSteps(path: FlowPath): FlowStep[] {
  return path.steps.filter((step) => step.failure !== undefined);
}

/** The name an ARN resolved to; own keys only, so "__proto__" from a log line is just a miss. */
export function resolvedName(path: FlowPath, arn: string): string | undefined {
  const name = Object.hasOwn(path.names, arn) ? path.names[arn] : undefined;
  return typeof name === "string" ? name : undefined;
}
