import type { AudioQualityMetricsInfo } from "../connect-model.js";
import type { ContactRecord } from "../contact-record.js";
import { words } from "../labels.js";
import { isAbandoned, isLongWait, momentsOfContact, queueWaitSeconds } from "../outcomes.js";
import { routingExpressionText } from "../routing-expression.js";
import { listOf } from "../shape.js";
import { truncate } from "../truncate.js";
import {
  type Finding,
  type FindingThresholds,
  finding,
  secondsBetween,
  spoken,
  strong,
} from "./finding.js";

export interface RuleInput {
  record: ContactRecord;
  thresholds: FindingThresholds;
  now: Date;
}

const EXPRESSION_MAX = 80;

/** An enum value in words, lower-case inside a sentence: "AGENT_CONNECTIVITY_ISSUE" → "agent connectivity issue". */
export const lower = (value: string): string => {
  const text = words(value);
  return /^[A-Z][a-z]/.test(text) ? text.charAt(0).toLowerCase() + text.slice(1) : text;
};

function queueLabel(record: ContactRecord): string {
  return record.queueName ?? record.contact.QueueInfo?.Id ?? "unknown";
}

/** Enqueued, never connected to an agent, then disconnected. */
export function abandoned({ record, now }: RuleInput): Finding[] {
  const { contact } = record;
  const moments = momentsOfContact(contact);
  // An expired task "abandoned" the queue too; its own line says it expired.
  if (!isAbandoned(moments) || contact.DisconnectReason === "EXPIRED") return [];
  const waited = queueWaitSeconds(moments, now.getTime());
  return [
    finding("abandoned", 3, "📵", [
      "Abandoned in queue ",
      strong(queueLabel(record)),
      ...(waited === undefined || !(waited >= 0) ? [] : [` after ${spoken(waited)}`]),
    ]),
  ];
}

export function longWait({ record, thresholds, now }: RuleInput): Finding[] {
  const moments = momentsOfContact(record.contact);
  // An abandoned contact's wait is already in its own line.
  if (isAbandoned(moments) || !isLongWait(moments, thresholds.queueWaitSeconds, now.getTime())) {
    return [];
  }
  const waited = queueWaitSeconds(moments, now.getTime()) ?? 0;
  const still = moments.endMs !== undefined || moments.connectedMs !== undefined;
  return [
    finding("long_wait", 2, "⏳", [
      still ? "Waited " : "Waiting for ",
      strong(spoken(waited)),
      ` in queue (over ${spoken(thresholds.queueWaitSeconds)})`,
    ]),
  ];
}

export function poorAudio({ record, thresholds }: RuleInput): Finding[] {
  const quality = record.contact.QualityMetrics;
  const check = (who: string, audio: AudioQualityMetricsInfo | undefined): Finding[] => {
    const score = audio?.QualityScore;
    if (typeof score !== "number" || !(score < thresholds.audioScore)) return [];
    const issues = listOf(audio?.PotentialQualityIssues).filter((i) => typeof i === "string");
    return [
      finding("poor_audio", 2, "🎧", [
        `${who} audio `,
        strong(`${score}/5`),
        ...(issues.length > 0 ? [` — ${issues.slice(0, 3).map(lower).join(", ")}`] : []),
      ]),
    ];
  };
  return [...check("Agent", quality?.Agent?.Audio), ...check("Customer", quality?.Customer?.Audio)];
}

export function expiredRouting({ record }: RuleInput): Finding[] {
  return listOf(record.contact.RoutingCriteria?.Steps).flatMap((step, index) => {
    if (step?.Status !== "EXPIRED") return [];
    const waited = step.Expiry?.DurationInSeconds;
    return [
      finding("routing", 2, "🧭", [
        `Routing step ${index + 1} (`,
        truncate(
          routingExpressionText(step.Expression).replace(/^\((.*)\)$/, "$1"),
          EXPRESSION_MAX,
        ),
        ") expired",
        ...(typeof waited === "number" ? [` after ${spoken(waited)}`] : []),
      ]),
    ];
  });
}

export function shortContact({ record, thresholds }: RuleInput): Finding[] {
  const { contact } = record;
  const talked = secondsBetween(
    contact.AgentInfo?.ConnectedToAgentTimestamp,
    contact.DisconnectTimestamp,
  );
  if (talked === undefined || talked > thresholds.shortContactSeconds) return [];
  return [
    finding("short_contact", 1, "⏱️", [
      "Disconnected ",
      strong(spoken(talked)),
      " after reaching the agent",
    ]),
  ];
}

export function longHold({ record, thresholds }: RuleInput): Finding[] {
  const hold = record.contact.AgentInfo?.AgentInitiatedHoldDuration;
  if (typeof hold !== "number" || hold <= thresholds.holdSeconds) return [];
  return [
    finding("long_hold", 1, "⏸️", [
      "On hold for ",
      strong(spoken(hold)),
      ` (over ${spoken(thresholds.holdSeconds)})`,
    ]),
  ];
}

export function stuck({ record, thresholds, now }: RuleInput): Finding[] {
  const { contact } = record;
  if (contact.DisconnectTimestamp) return [];
  const open = secondsBetween(contact.InitiationTimestamp, now);
  if (open === undefined || open <= thresholds.stuckMinutes * 60) return [];
  return [
    finding("stuck", 3, "🕰️", [
      "Still in progress after ",
      strong(spoken(open)),
      ` (over ${spoken(thresholds.stuckMinutes * 60)})`,
    ]),
  ];
}
