import type { ContactEvaluations } from "../contact-evaluations.js";
import type { ContactRecord } from "../contact-record.js";
import type { Conversation } from "../conversation.js";
import type { FlowPath } from "../flow-path.js";
import {
  abandoned,
  expiredRouting,
  longHold,
  longWait,
  poorAudio,
  type RuleInput,
  shortContact,
  stuck,
} from "./contact-rules.js";
import { conversationFindings } from "./conversation-rules.js";
import { answeringMachine, disconnectIssue } from "./disconnect-rules.js";
import { evaluationFails } from "./evaluation-rules.js";
import { DEFAULT_FINDING_THRESHOLDS, type Finding, type FindingThresholds } from "./finding.js";
import { flowErrors } from "./flow-rules.js";

export interface FindingsInput {
  thresholds?: FindingThresholds;
  /** The time "still in progress" is measured to. */
  now?: Date;
  /** The flow path, when it is already loaded or cached (never fetched for the findings). */
  flowPath?: FlowPath;
  /** The evaluations, when already loaded or cached (never fetched for the findings). */
  evaluations?: ContactEvaluations;
  /** Contact Lens's analysis, when it is already loaded or cached (never fetched for the findings). */
  conversation?: Conversation;
}

const RULES = [
  abandoned,
  stuck,
  disconnectIssue,
  longWait,
  poorAudio,
  expiredRouting,
  shortContact,
  longHold,
  answeringMachine,
];

/**
 * What stands out on a contact, most severe first (rules of equal severity keep the order above).
 * Pure: it reads the record and what the caller already has, and makes no call of its own.
 */
export function findings(record: ContactRecord, input: FindingsInput = {}): Finding[] {
  const rule: RuleInput = {
    record,
    thresholds: input.thresholds ?? DEFAULT_FINDING_THRESHOLDS,
    now: input.now ?? new Date(),
  };
  const all = [
    ...RULES.flatMap((check) => check(rule)),
    ...flowErrors(input.flowPath),
    ...evaluationFails(input.evaluations),
    ...conversationFindings(input.conversation, rule.thresholds),
  ];
  return all
    .map((item, index) => ({ item, index }))
    .sort((a, b) => b.item.severity - a.item.severity || a.index - b.index)
    .map(({ item }) => item);
}
