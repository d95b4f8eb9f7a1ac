import type { AudioQualityMetricsInfo, Contact, ContactEvaluation } from "@aws-sdk/client-connect";
import type { ContactRecord } from "../../src/domain/contact-record.js";
import { entriesOf, listOf } from "../../src/domain/shape.js";
import { type Field, fieldSections, type KnownBlock, remark, titledLines } from "../block-kit.js";
import { around, code, date, duration, enumText, join, line, type Mrkdwn, num } from "../mrkdwn.js";
import type { RenderOptions } from "../render-options.js";
import { evaluationBlocks } from "./evaluations.js";

const MAX_ISSUES = 10;
const MAX_EVALUATIONS = 10;

/** "4.2 · High packet loss, High jitter buffer". */
function audioText(audio: AudioQualityMetricsInfo | undefined): Mrkdwn | undefined {
  const issues = listOf(audio?.PotentialQualityIssues);
  return join([
    around("score ", num(audio?.QualityScore)),
    join(
      issues.slice(0, MAX_ISSUES).map((issue) => enumText(issue, 100)),
      ", ",
    ),
  ]);
}

function evaluationLines([formId, evaluation]: [string, ContactEvaluation]): (
  | Mrkdwn
  | undefined
)[] {
  return [
    join([around("Form ", code(evaluation.FormId ?? formId, 200)), enumText(evaluation.Status)]),
    line("Evaluation", code(evaluation.EvaluationArn)),
    line("Started", date(evaluation.StartTimestamp)),
    line("Ended", date(evaluation.EndTimestamp)),
    line("Deleted", date(evaluation.DeleteTimestamp)),
    line("Export", code(evaluation.ExportLocation)),
  ];
}

/** DescribeContact's own account of the evaluations: when each ran, was deleted, exported. */
function historyBlocks(contact: Contact): KnownBlock[] {
  const evaluations = entriesOf(contact.ContactEvaluations).slice(0, MAX_EVALUATIONS);
  return titledLines("Evaluation history", evaluations.flatMap(evaluationLines), 3);
}

/** Audio quality, greeting and answering machine, then the evaluations and their history. */
export function renderQualitySection(record: ContactRecord, options: RenderOptions): KnownBlock[] {
  const { contact } = record;
  const voice = contact.CustomerVoiceActivity;
  const fields: Field[] = [
    ["Agent audio", audioText(contact.QualityMetrics?.Agent?.Audio)],
    ["Customer audio", audioText(contact.QualityMetrics?.Customer?.Audio)],
    ["Potential disconnect issue", enumText(contact.DisconnectDetails?.PotentialDisconnectIssue)],
    ["Answering machine detection", enumText(contact.AnsweringMachineDetectionStatus)],
    ["Greeting started", date(voice?.GreetingStartTimestamp)],
    ["Greeting ended", date(voice?.GreetingEndTimestamp)],
    ["Greeting length", duration(voice?.GreetingStartTimestamp, voice?.GreetingEndTimestamp)],
  ];
  const blocks = [
    ...fieldSections(fields),
    ...evaluationBlocks(record, options),
    ...historyBlocks(contact),
  ];
  return blocks.length > 0 ? blocks : [remark("No quality data on this contact.")];
}
