import type {
  ContactEvaluations,
  EvaluationScoreView,
  EvaluationView,
} from "../../src/domain/contact-evaluations.js";
import type { ContactRecord } from "../../src/domain/contact-record.js";
import { listOf } from "../../src/domain/shape.js";
import { context, type KnownBlock, remark, section, titledLines } from "../block-kit.js";
import { freeTextMask } from "../free-text.js";
import { around, code, date, enumText, join, type Mrkdwn, md, trusted } from "../mrkdwn.js";
import type { RenderOptions } from "../render-options.js";

const NOTE_MAX = 500;

// A Map: "constructor" from a cached value must not hit an object's prototype.
const AUTO_STATUS = new Map([
  ["IN_PROGRESS", " (still running)"],
  ["FAILED", " (it failed)"],
]);

/** "62.5%", "N/A", and 🚩 when the score failed automatically. */
function scoreText(score: EvaluationScoreView | undefined): Mrkdwn | undefined {
  if (!score) return undefined;
  const percentage =
    typeof score.percentage === "number" && Number.isFinite(score.percentage)
      ? `${Math.round(score.percentage * 10) / 10}%`
      : undefined;
  const value = score.notApplicable ? "N/A" : percentage;
  const fail = score.automaticFail ? "🚩 automatic fail" : undefined;
  const text = [value, fail].filter(Boolean).join(" ");
  return text ? trusted(text) : undefined;
}

function headLine(item: EvaluationView): Mrkdwn {
  const automated =
    item.automated === true
      ? trusted(`🤖 automated${AUTO_STATUS.get(String(item.autoStatus)) ?? ""}`)
      : undefined;
  return (
    join([
      around("*", md(item.formTitle, 200), "*") ?? trusted("*Evaluation*"),
      scoreText(item.score),
      enumText(item.status),
      automated,
      around("by ", md(item.evaluator, 100)),
      date(item.lastModifiedAt ?? item.createdAt),
    ]) ?? trusted("*Evaluation*")
  );
}

function sectionsLine(item: EvaluationView): Mrkdwn | undefined {
  const parts = listOf(item.sections).map((s) =>
    join(
      [
        trusted(`${"↳ ".repeat(Math.max(0, Math.min(s.level, 3)))}${md(s.title, 100) ?? "—"}`),
        scoreText(s.score),
      ],
      " ",
    ),
  );
  return around("Sections: ", join(parts));
}

function evaluationLines(item: EvaluationView, mask: (text: string) => string): Mrkdwn[] {
  const notes = listOf(item.notes).map((note) =>
    trusted(
      // Masked well past what is shown, so no number is cut in two before it is masked.
      `📝 ${around("*", md(note.on, 100), "*: ") ?? ""}${md(mask(String(note.text).slice(0, NOTE_MAX * 3)), NOTE_MAX) ?? "—"}`,
    ),
  );
  const lines = [headLine(item), sectionsLine(item), ...notes];
  return lines.filter((line): line is Mrkdwn => line !== undefined);
}

const DETAILS_MISSING = {
  denied: trusted(
    `Sections and notes need ${code("connect:DescribeContactEvaluation")}, which I am not allowed to call — ask an admin to grant it to the bot's IAM role.`,
  ),
  unavailable: trusted("Sections and notes could not be read this time — open Quality again."),
};

/**
 * The contact's evaluations: form, score, status, automated or not, evaluator, when, the score of
 * each section, and the evaluators' notes masked like other free text. Nothing when they were not
 * loaded (an offline render); the problem in words when they could not be.
 */
export function evaluationBlocks(record: ContactRecord, options: RenderOptions): KnownBlock[] {
  const title = section(trusted("*Evaluations*"));
  if (options.evaluationsProblem) {
    return [title, section(trusted(`⚠️ ${options.evaluationsProblem}`))];
  }
  const evaluations: ContactEvaluations | undefined = options.evaluations;
  if (!evaluations) return [];
  if (evaluations.items.length === 0) return [title, remark("No evaluations of this contact.")];
  const mask = freeTextMask(record, options);
  const rest = evaluations.total - evaluations.items.length;
  return [
    ...titledLines(
      "Evaluations",
      [
        ...listOf(evaluations.items).flatMap((item) => evaluationLines(item, mask)),
        rest > 0 ? trusted(`… and ${rest} older evaluation${rest === 1 ? "" : "s"}`) : undefined,
      ],
      6,
    ),
    ...context([evaluations.detailsMissing && DETAILS_MISSING[evaluations.detailsMissing]]),
  ];
}
