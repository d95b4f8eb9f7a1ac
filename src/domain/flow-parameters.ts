import { type FlowPath, type FlowStep, resolvedName } from "./flow-path.js";
import { lambdaName } from "./flow-words.js";
import { truncate } from "./truncate.js";

const PROMPT_MAX = 60;
const VALUE_MAX = 80;
const MAX_OTHERS = 3;
const MAX_RESULTS = 3;

export const QUEUE_KEYS = ["Queue", "QueueArn", "QueueId"];
export const FLOW_KEYS = ["ContactFlowId", "ContactFlow", "FlowArn", "FlowId", "FlowModuleId"];
const PROMPT_KEYS = ["Text", "PromptText", "Message", "SSML", "Prompt", "PromptLocation"];
const LAMBDA_KEYS = ["FunctionArn", "LambdaFunctionARN", "FunctionName"];
/** Shown by the lines above, or noise in every entry of their block type. */
const SHOWN = new Set([
  ...QUEUE_KEYS,
  ...FLOW_KEYS,
  ...PROMPT_KEYS,
  ...LAMBDA_KEYS,
  "Key",
  "Value",
  "TextToSpeechType",
  "TimeLimit",
  "InvocationType",
  "ResponseValidation",
]);

/** An ARN as its resolved name, else its last path segment (the id). */
export function nameOf(path: FlowPath, arn: string): string {
  return resolvedName(path, arn) ?? arn.split("/").at(-1) ?? arn;
}

const first = (params: Record<string, string>, keys: string[]) =>
  keys
    .map((key) => (Object.hasOwn(params, key) ? params[key] : undefined))
    .find((value) => typeof value === "string");

/** Masks a parameter's value (named `key`) before it is cut short, so no number is left half shown. */
export type MaskParameter = (key: string, value: string) => string;

/**
 * The parameters worth reading in one line, as plain text (escape before display): queue and flow
 * ARNs as names, `key = value`, the Lambda function, a prompt cut short, then up to three others,
 * every value from the log through `mask`.
 */
export function tellingParameters(step: FlowStep, path: FlowPath, mask: MaskParameter): string[] {
  const p = step.parameters;
  const queue = first(p, QUEUE_KEYS);
  const flow = first(p, FLOW_KEYS);
  const lambda = first(p, LAMBDA_KEYS);
  const prompt = first(p, PROMPT_KEYS);
  const told = [
    lambda && `function ${lambdaName(lambda)}`,
    queue && `queue ${nameOf(path, queue)}`,
    flow && `flow ${nameOf(path, flow)}`,
    p.Key !== undefined &&
      `${truncate(mask("Key", p.Key), VALUE_MAX)} = ${truncate(mask(p.Key, p.Value ?? ""), VALUE_MAX)}`,
    prompt && `"${truncate(mask("Text", prompt), PROMPT_MAX)}"`,
  ];
  const others = Object.entries(p)
    .filter(([key]) => !SHOWN.has(key))
    .slice(0, MAX_OTHERS)
    .map(([key, value]) => `${truncate(key, 40)}: ${truncate(mask(key, value), VALUE_MAX)}`);
  return [...told.filter((part): part is string => typeof part === "string"), ...others];
}

/** The block's outcome: its failure, else `Results`, then what a Lambda returned. */
export function resultText(step: FlowStep, mask: MaskParameter): string | undefined {
  const returned = Object.entries(step.externalResults ?? {})
    .slice(0, MAX_RESULTS)
    .map(([key, value]) => `${truncate(key, 40)} = ${truncate(mask(key, value), VALUE_MAX)}`);
  const outcome = step.failure ?? step.results;
  const parts = [
    ...(outcome ? [truncate(mask("Results", outcome), VALUE_MAX)] : []),
    ...(returned.length > 0 ? [`returned ${returned.join(", ")}`] : []),
  ];
  return parts.length > 0 ? parts.join(" · ") : undefined;
}
