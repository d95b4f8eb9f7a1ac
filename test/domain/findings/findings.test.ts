import type { Contact } from "@aws-sdk/client-connect";
import { describe, expect, it } from "vitest";
import { renderContactMessage } from "../../../blocks/contact-message.js";
import { findingPlain, findingsBlocks, findingsText } from "../../../blocks/findings-block.js";
import { renderUnfurl } from "../../../blocks/unfurl.js";
import { DEFAULT_FINDING_THRESHOLDS, type Finding } from "../../../src/domain/findings/finding.js";
import { findings } from "../../../src/domain/findings/findings.js";
import type { FlowPath } from "../../../src/domain/flow-path.js";
import { allText } from "../../blocks/support/inspect.js";
import {
  ABANDONED_IN_QUEUE,
  at,
  EXPIRED_TASK,
  MINIMAL,
  resolvedRecordOf,
  VOICE_INBOUND,
} from "../../fixtures/contacts.js";

const NOW = at(1800);
/** An ended contact with nothing unusual, for each rule to add exactly one thing to. */
const QUIET: Contact = {
  Id: "0b1c2d3e-4f50-4a6b-8c7d-9e0f1a2b3c4d",
  Channel: "VOICE",
  InitiationMethod: "INBOUND",
  InitiationTimestamp: at(0),
  QueueInfo: { Id: "q", EnqueueTimestamp: at(10) },
  AgentInfo: { ConnectedToAgentTimestamp: at(40) },
  DisconnectTimestamp: at(600),
  DisconnectReason: "CUSTOMER_DISCONNECT",
};

const lines = (contact: Contact, extra: Parameters<typeof findings>[1] = {}) =>
  findings(resolvedRecordOf(contact), { now: NOW, ...extra }).map(findingPlain);
const rules = (contact: Contact, extra: Parameters<typeof findings>[1] = {}) =>
  findings(resolvedRecordOf(contact), { now: NOW, ...extra }).map((f: Finding) => f.rule);

describe("finding rules", () => {
  it("finds nothing on a quiet contact", () => {
    expect(lines(QUIET)).toEqual([]);
  });

  it("abandoned: names the queue and the wait; not when an agent answered", () => {
    expect(lines(ABANDONED_IN_QUEUE)).toEqual(["Abandoned in queue Support after 1m 30s"]);
    expect(rules(QUIET)).not.toContain("abandoned");
  });

  it("long wait: over FINDING_QUEUE_WAIT_SECONDS only", () => {
    const waited = { ...QUIET, AgentInfo: { ConnectedToAgentTimestamp: at(147) } };
    expect(lines(waited)).toEqual(["Waited 2m 17s in queue (over 1m)"]);
    const thresholds = { ...DEFAULT_FINDING_THRESHOLDS, queueWaitSeconds: 200 };
    expect(lines(waited, { thresholds })).toEqual([]);
  });

  it("poor audio: below FINDING_AUDIO_SCORE, issues in words", () => {
    const audio = (score: number) => ({
      ...QUIET,
      QualityMetrics: {
        Agent: { Audio: { QualityScore: score, PotentialQualityIssues: ["HighPacketLoss"] } },
      },
    });
    expect(lines(audio(1.8))).toEqual(["Agent audio 1.8/5 — high packet loss"]);
    expect(lines(audio(3))).toEqual([]);
    const thresholds = { ...DEFAULT_FINDING_THRESHOLDS, audioScore: 4 };
    expect(lines(audio(3), { thresholds })).toEqual(["Agent audio 3/5 — high packet loss"]);
  });

  it("disconnect issue and troubled disconnect reasons", () => {
    const issue = {
      ...QUIET,
      DisconnectDetails: { PotentialDisconnectIssue: "AGENT_NETWORK_DISCONNECT" },
    };
    expect(lines(issue)).toEqual(["Potential disconnect issue: agent network dropped"]);
    expect(lines({ ...QUIET, DisconnectReason: "TELECOM_PROBLEM" })).toEqual([
      "Disconnected by a telecom problem",
    ]);
    expect(lines({ ...QUIET, DisconnectReason: "OTHER" })).toEqual([
      "Disconnected for an unlisted reason",
    ]);
    expect(lines(EXPIRED_TASK)).toEqual(["Task expired before it was done"]);
    const { QueueInfo: _queue, AgentInfo: _agent, ...unqueued } = QUIET;
    expect(lines({ ...unqueued, DisconnectReason: "CONTACT_FLOW_DISCONNECT" })).toEqual([
      "The flow hung up before the contact reached a queue",
    ]);
    // After a queue, a flow disconnect is an ordinary ending.
    expect(lines({ ...QUIET, DisconnectReason: "CONTACT_FLOW_DISCONNECT" })).toEqual([]);
  });

  it("routing: each expired step with its expression and wait", () => {
    expect(lines(VOICE_INBOUND).filter((l) => l.startsWith("Routing"))).toEqual([
      'Routing step 1 (Technology = "AWS Kinesis" ≥ 3 AND (Language = "English" 2–4 OR NOT Region = "E…) expired after 1m',
    ]);
    expect(rules(QUIET)).not.toContain("routing");
  });

  it("short contact: within FINDING_SHORT_CONTACT_SECONDS of the agent answering", () => {
    const short = { ...QUIET, DisconnectTimestamp: at(44) };
    expect(lines(short)).toEqual(["Disconnected 4s after reaching the agent"]);
    expect(rules({ ...QUIET, DisconnectTimestamp: at(51) })).not.toContain("short_contact");
  });

  it("long hold: over FINDING_HOLD_SECONDS", () => {
    const held = (seconds: number) => ({
      ...QUIET,
      AgentInfo: { ...QUIET.AgentInfo, AgentInitiatedHoldDuration: seconds },
    });
    expect(lines(held(185))).toEqual(["On hold for 3m 05s (over 2m)"]);
    expect(lines(held(120))).toEqual([]);
  });

  it("stuck: in progress past FINDING_STUCK_MINUTES", () => {
    const { DisconnectTimestamp: _end, DisconnectReason: _reason, ...open } = QUIET;
    expect(lines(open, { now: at(3 * 3600) })).toEqual(["Still in progress after 3h (over 2h)"]);
    expect(lines(open, { now: at(3600) })).toEqual([]);
  });

  it("answering machine: anything but a human answer", () => {
    expect(lines({ ...QUIET, AnsweringMachineDetectionStatus: "VOICEMAIL_BEEP" })).toEqual([
      "Answering machine detection: voicemail beep",
    ]);
    expect(lines({ ...QUIET, AnsweringMachineDetectionStatus: "HUMAN_ANSWERED" })).toEqual([]);
  });

  it("flow errors from the flow path, once per block", () => {
    const failed = {
      at: at(5).toISOString(),
      blockType: "InvokeExternalResource",
      flowName: "Acme Main IVR",
      parameters: { FunctionArn: "arn:aws:lambda:us-east-1:1:function:lookupCustomer" },
      failure: "Error",
    };
    const flowPath: FlowPath = {
      contactId: "x",
      logGroup: "/aws/connect/x",
      names: {},
      steps: [failed, failed, { ...failed, blockType: "PlayPrompt", failure: undefined }],
    };
    expect(lines(QUIET, { flowPath })).toEqual([
      "Lambda lookupCustomer failed in flow Acme Main IVR (error)",
    ]);
  });

  it("orders by severity and keeps the fixture's long wait, poor audio and expired step", () => {
    expect(rules(VOICE_INBOUND)).toEqual(["long_wait", "poor_audio", "routing"]);
    const flowPath: FlowPath = {
      contactId: "x",
      logGroup: "g",
      names: {},
      steps: [
        { at: at(1).toISOString(), blockType: "GetUserInput", parameters: {}, failure: "Timeout" },
      ],
    };
    expect(rules(VOICE_INBOUND, { flowPath })[0]).toBe("flow_error");
  });
});

describe("What stands out", () => {
  it("sits under the header, in the message text too", () => {
    const { blocks, text } = renderContactMessage(resolvedRecordOf(VOICE_INBOUND), {
      maskEndpoints: true,
      now: NOW,
    });
    expect(allText([blocks[1]!])).toContain("*What stands out*\n⏳ Waited *4m 12s* in queue");
    expect(allText([blocks[1]!])).toContain("🎧 Customer audio *2.1/5* — high packet loss");
    expect(text).toContain(
      "What stands out: Waited 4m 12s in queue (over 1m); Customer audio 2.1/5",
    );
  });

  it("says 'Nothing unusual' on a quiet ended contact, nothing while in progress", () => {
    const quiet = findingsBlocks([], QUIET);
    expect(allText(quiet)).toContain("Nothing unusual");
    expect(findingsText([], QUIET)).toBe("Nothing unusual");
    expect(findingsBlocks([], MINIMAL)).toEqual([]);
  });

  it("shows at most 5 lines", () => {
    const many = findings(resolvedRecordOf(VOICE_INBOUND), { now: NOW });
    const seven = [...many, ...many, many[0]!];
    const text = allText(findingsBlocks(seven, QUIET));
    expect(text.split("\n").length).toBe(1 + 5);
    expect(text).toContain("… and 3 more");
  });

  it("escapes names from the contact", () => {
    const record = { ...resolvedRecordOf(ABANDONED_IN_QUEUE), queueName: "<!channel> VIP" };
    const { blocks, text } = renderContactMessage(record, { maskEndpoints: true, now: NOW });
    expect(JSON.stringify(blocks)).not.toContain("<!channel>");
    expect(text).toContain("&lt;!channel&gt; VIP");
  });

  it("unfurls with one line: the top finding and how many more", () => {
    const unfurl = renderUnfurl(resolvedRecordOf(VOICE_INBOUND), { maskEndpoints: true, now: NOW });
    expect(allText(unfurl)).toContain("⏳ Waited *4m 12s* in queue (over 1m) (+2 more)");
  });
});
