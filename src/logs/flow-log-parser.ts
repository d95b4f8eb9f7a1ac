import type { FlowStep } from "../domain/flow-path.js";
import { boundedText } from "../text/bounded-text.js";

/** One event of FilterLogEvents' answer (or of `aws logs filter-log-events`' JSON). */
export interface LogEvent {
  message?: string;
  timestamp?: number;
}

const MAX_STEPS = 2000;
const MAX_KEYS = 40;
const MAX_VALUE = 2000;
const FAILED_RESULT =
  /error|fail|time ?out|timed out|no.?match|not found|exceeded|invalid|throttl/i;
const ERROR_KEYS = ["errorType", "errorMessage", "Error", "error", "FunctionError"];

type Json = Record<string, unknown>;
/** Every string of a log line bounded as it is read, before any deny-list or pattern sees it. */
const boundStrings = (_key: string, value: unknown) =>
  typeof value === "string" ? boundedText(value, MAX_VALUE) : value;
const isObject = (value: unknown): value is Json =>
  typeof value === "object" && value !== null && !Array.isArray(value);

/**
 * A JSON object as text values, deny-listed names (and their values) left out at every level:
 * nested maps (attributes a block set, a Lambda's answer) are filtered before they are stringified.
 */
function flatten(value: unknown, isDenied: (name: string) => boolean): Record<string, string> {
  if (!isObject(value)) return {};
  const clean = (node: unknown): unknown => {
    if (Array.isArray(node)) return node.slice(0, MAX_KEYS).map(clean);
    if (!isObject(node)) return node;
    return Object.fromEntries(
      Object.entries(node)
        .filter(([key]) => !isDenied(key))
        .slice(0, MAX_KEYS)
        .map(([key, child]) => [key, clean(child)]),
    );
  };
  // fromEntries, not assignment: a "__proto__" key from a log line stays a plain key.
  const out: Record<string, string> = Object.fromEntries(
    Object.entries(clean(value) as Json).flatMap(([key, child]) => {
      const text = typeof child === "string" ? child : JSON.stringify(child);
      return text === undefined ? [] : [[key, text.slice(0, MAX_VALUE)]];
    }),
  );
  // "Set contact attributes" logs one attribute as Key/Value: a deny-listed Key hides both.
  if (typeof out.Key === "string" && isDenied(out.Key)) {
    delete out.Key;
    delete out.Value;
  }
  return out;
}

function failureOf(entry: Json, external: Record<string, string>): string | undefined {
  if (entry.Error !== undefined) return typeof entry.Error === "string" ? entry.Error : "Error";
  const results = typeof entry.Results === "string" ? entry.Results : undefined;
  if (results && FAILED_RESULT.test(results)) return results.slice(0, 200);
  if (typeof entry.ExternalResults === "string" && FAILED_RESULT.test(entry.ExternalResults)) {
    return entry.ExternalResults.slice(0, 200);
  }
  const key = ERROR_KEYS.find((name) => Object.hasOwn(external, name));
  return key ? (external[key] ?? "Error").slice(0, 200) : undefined;
}

function timeOf(entry: Json, event: LogEvent): string | undefined {
  const stamp = typeof entry.Timestamp === "string" ? Date.parse(entry.Timestamp) : Number.NaN;
  const ms = Number.isFinite(stamp) ? stamp : event.timestamp;
  return typeof ms === "number" && Number.isFinite(ms) ? new Date(ms).toISOString() : undefined;
}

const text = (value: unknown): string | undefined =>
  typeof value === "string" && value !== "" ? value.slice(0, MAX_VALUE) : undefined;

function stepOf(entry: Json, event: LogEvent, isDenied: (name: string) => boolean) {
  const at = timeOf(entry, event);
  if (at === undefined) return undefined;
  const externalResults = flatten(entry.ExternalResults, isDenied);
  const step: FlowStep = {
    at,
    blockType: text(entry.ContactFlowModuleType) ?? "Unknown",
    parameters: flatten(entry.Parameters, isDenied),
  };
  const fields: Partial<FlowStep> = {
    flowArn: text(entry.ContactFlowId),
    flowName: text(entry.ContactFlowName),
    identifier: text(entry.Identifier),
    results: text(entry.Results),
    externalResults: Object.keys(externalResults).length > 0 ? externalResults : undefined,
    failure: failureOf(entry, externalResults),
  };
  for (const [key, value] of Object.entries(fields)) {
    if (value !== undefined) Object.assign(step, { [key]: value });
  }
  return step;
}

/**
 * Flow log events → this contact's steps in time order. Lines that are not JSON objects and
 * entries of other contacts (a filter pattern is no guarantee) are skipped.
 */
export function parseFlowLogEvents(
  events: readonly LogEvent[],
  contactId: string,
  isDenied: (name: string) => boolean,
): FlowStep[] {
  const id = contactId.toLowerCase();
  const steps: FlowStep[] = [];
  for (const event of events) {
    if (steps.length >= MAX_STEPS) break;
    let entry: unknown;
    try {
      entry = JSON.parse(event.message ?? "", boundStrings);
    } catch {
      continue;
    }
    if (!isObject(entry) || typeof entry.ContactId !== "string") continue;
    if (entry.ContactId.toLowerCase() !== id) continue;
    const step = stepOf(entry, event, isDenied);
    if (step) steps.push(step);
  }
  // Array.prototype.sort is stable: entries logged in the same millisecond keep their order.
  return steps.sort((a, b) => Date.parse(a.at) - Date.parse(b.at));
}
