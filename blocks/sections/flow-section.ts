import type { ContactRecord } from "../../src/domain/contact-record.js";
import { flowLabel } from "../../src/domain/findings/flow-rules.js";
import { nameOf, resultText, tellingParameters } from "../../src/domain/flow-parameters.js";
import type { FlowPath, FlowStep } from "../../src/domain/flow-path.js";
import { blockTypeWords } from "../../src/domain/flow-words.js";
import { contactMask, maskField } from "../../src/domain/masking/free-text-mask.js";
import { toDate } from "../../src/domain/to-date.js";
import { context, type KnownBlock, lineSections, remark, section } from "../block-kit.js";
import { code, type Mrkdwn, md, trusted } from "../mrkdwn.js";
import type { RenderOptions } from "../render-options.js";

/** Steps kept at each end of a long path; every failed one in between is kept too. */
const HEAD = 8;
const TAIL = 8;
const MAX_FAILED = 12;
const LINE_MAX = 400;

export const NO_FLOW_LOGS =
  "No flow logs for this contact — logging is turned on per flow with a Set logging behavior block.";

const INCOMPLETE: Record<NonNullable<FlowPath["incomplete"]>, string> = {
  throttled: "CloudWatch Logs throttled the scan",
  timeout: "the scan ran out of time",
  page_limit: "the scan read as many pages as it may",
};

/** "+0:42", "+1:02:03" from the contact's start. */
export function offsetText(at: string, start: unknown): string {
  const from = toDate(start);
  const to = toDate(at);
  if (!from || !to) return "+?";
  const total = Math.round((to.getTime() - from.getTime()) / 1000);
  const s = Math.abs(total);
  const pad = (n: number) => String(n).padStart(2, "0");
  const clock =
    s >= 3600
      ? `${Math.floor(s / 3600)}:${pad(Math.floor((s % 3600) / 60))}:${pad(s % 60)}`
      : `${Math.floor(s / 60)}:${pad(s % 60)}`;
  return `${total < 0 ? "-" : "+"}${clock}`;
}

/** Indexes of the steps to show: the first and last ones and every failed one in between. */
function shownSteps(steps: readonly FlowStep[]): Set<number> {
  const all = steps.map((_, i) => i);
  if (steps.length <= HEAD + TAIL + MAX_FAILED) return new Set(all);
  const middle = all.slice(HEAD, -TAIL);
  const failed = middle.filter((i) => steps[i]!.failure !== undefined).slice(0, MAX_FAILED);
  return new Set([...all.slice(0, HEAD), ...failed, ...all.slice(-TAIL)]);
}

function stepLine(step: FlowStep, record: ContactRecord, options: RenderOptions, path: FlowPath) {
  const policy = contactMask(record, options);
  const mask = (key: string, value: string) => String(maskField(key, value, policy, LINE_MAX));
  const params = tellingParameters(step, path, mask).join(" · ");
  const result = resultText(step, mask);
  const text = `${blockTypeWords(step.blockType)}${params ? ` · ${params}` : ""}`;
  const shownResult = result ? ` → ${md(result, LINE_MAX) ?? ""}` : "";
  return trusted(
    `${step.failure !== undefined ? "⚠️ " : ""}\`${offsetText(step.at, record.contact.InitiationTimestamp)}\` ` +
      `${md(text, LINE_MAX) ?? ""}${shownResult}`,
  );
}

function flowHeading(step: FlowStep, path: FlowPath): Mrkdwn {
  const name = flowLabel(path, step.flowName, step.flowArn);
  if (name) return trusted(`*${md(name, 200) ?? "Flow"}*`);
  return step.flowArn
    ? (code(nameOf(path, step.flowArn), 200) ?? trusted("*Flow*"))
    : trusted("*Flow*");
}

/** The contact's path through the flows, grouped by flow, long paths folded around their middle. */
export function renderFlowSection(record: ContactRecord, options: RenderOptions): KnownBlock[] {
  if (options.flowProblem) return [section(trusted(`⚠️ ${options.flowProblem}`))];
  const path = options.flowPath;
  if (!path) return [remark("The flow path has not been read yet — open Flow again.")];
  const note = path.incomplete
    ? `⚠️ Incomplete: ${INCOMPLETE[path.incomplete]}; these are the blocks read so far.`
    : undefined;
  // First, so that a message cut to Block Kit's limits still says the path is incomplete.
  const warning = context([note ? trusted(note) : undefined]);
  const footer = context([
    trusted(`From flow logs in ${code(path.logGroup, 200) ?? "CloudWatch Logs"}`),
  ]);
  if (path.steps.length === 0) {
    return [...warning, remark(note ? "No flow logs read yet." : NO_FLOW_LOGS), ...footer];
  }
  const lines: Mrkdwn[] = [];
  let flow: string | undefined;
  let folded = 0;
  const flushFold = () => {
    if (folded > 0) lines.push(trusted(`_… ${folded} more blocks_`));
    folded = 0;
  };
  const shown = shownSteps(path.steps);
  path.steps.forEach((step, i) => {
    if (!shown.has(i)) {
      folded += 1;
      return;
    }
    flushFold();
    const key = step.flowArn ?? step.flowName ?? "";
    if (key !== flow) lines.push(flowHeading(step, path));
    flow = key;
    lines.push(stepLine(step, record, options, path));
  });
  flushFold();
  const failed = path.steps.filter((step) => step.failure !== undefined).length;
  const summary = trusted(
    `${path.steps.length} blocks${failed > 0 ? ` · ⚠️ ${failed} failed` : ""}`,
  );
  return [...warning, ...lineSections([summary, ...lines], 6), ...footer];
}
