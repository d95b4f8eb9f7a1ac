import type { Contact } from "../connect-model.js";
import { lower, type RuleInput } from "./contact-rules.js";
import { type Finding, finding, strong } from "./finding.js";

/** Answers of answering machine detection that mean a person picked up, or that it did not run. */
const HUMAN_OR_NONE = new Set(["HUMAN_ANSWERED", "ANSWERED", "AMD_NOT_APPLICABLE"]);

function reasonFinding(contact: Contact): Finding | undefined {
  const reason = contact.DisconnectReason;
  if (reason === "TELECOM_PROBLEM") {
    return finding("disconnect", 3, "🔌", ["Disconnected by a ", strong("telecom problem")]);
  }
  if (reason === "EXPIRED") {
    const what = contact.Channel === "TASK" ? "Task" : "Contact";
    return finding("disconnect", 3, "🔌", [`${what} `, strong("expired"), " before it was done"]);
  }
  if (reason === "CONTACT_FLOW_DISCONNECT" && !contact.QueueInfo?.EnqueueTimestamp) {
    return finding("disconnect", 3, "🔌", [
      "The flow ",
      strong("hung up"),
      " before the contact reached a queue",
    ]);
  }
  if (reason === "OTHER") {
    return finding("disconnect", 2, "🔌", ["Disconnected for an ", strong("unlisted reason")]);
  }
  return undefined;
}

export function disconnectIssue({ record }: RuleInput): Finding[] {
  const { contact } = record;
  const issue = contact.DisconnectDetails?.PotentialDisconnectIssue;
  const byReason = reasonFinding(contact);
  return [
    ...(typeof issue === "string" && issue !== ""
      ? [
          finding("disconnect_issue", 3, "🔌", [
            "Potential disconnect issue: ",
            strong(lower(issue)),
          ]),
        ]
      : []),
    ...(byReason ? [byReason] : []),
  ];
}

export function answeringMachine({ record }: RuleInput): Finding[] {
  const status: unknown = record.contact.AnsweringMachineDetectionStatus;
  if (typeof status !== "string" || status === "" || HUMAN_OR_NONE.has(status)) return [];
  return [
    finding("answering_machine", 1, "📠", ["Answering machine detection: ", strong(lower(status))]),
  ];
}
