import { describe, expect, it } from "vitest";
import { loadConfig } from "../../src/config/config.js";

const BASE = {
  SLACK_SIGNING_SECRET: "secret",
  SLACK_BOT_TOKEN: "xoxb-1",
  CONNECT_INSTANCE_ID: "11111111-2222-3333-4444-555555555555",
  AWS_REGION: "eu-west-2",
};

describe("findings and flow log settings", () => {
  it("defaults: the documented thresholds, the alias' log group, 5 FilterLogEvents a second", () => {
    const config = loadConfig(BASE);
    expect(config.findings).toEqual({
      queueWaitSeconds: 60,
      audioScore: 3,
      shortContactSeconds: 10,
      holdSeconds: 120,
      stuckMinutes: 120,
      sentimentScore: -2,
      categories: [],
      silencePercent: 40,
    });
    expect(config.flowLogs).toEqual({ logGroup: undefined, maxRps: 5 });
  });

  it("reads every FINDING_* threshold, CONNECT_FLOW_LOG_GROUP and LOGS_MAX_RPS", () => {
    const config = loadConfig({
      ...BASE,
      FINDING_QUEUE_WAIT_SECONDS: "90",
      FINDING_AUDIO_SCORE: "2.5",
      FINDING_SHORT_CONTACT_SECONDS: "5",
      FINDING_HOLD_SECONDS: "300",
      FINDING_STUCK_MINUTES: "30",
      FINDING_SENTIMENT: "-3.5",
      FINDING_CATEGORIES: "Cancellation, Escalation,PotentialFraud",
      FINDING_SILENCE_PERCENT: "25",
      CONNECT_FLOW_LOG_GROUP: "/aws/connect/acme-support",
      LOGS_MAX_RPS: "2",
    });
    expect(config.findings).toEqual({
      queueWaitSeconds: 90,
      audioScore: 2.5,
      shortContactSeconds: 5,
      holdSeconds: 300,
      stuckMinutes: 30,
      sentimentScore: -3.5,
      categories: ["Cancellation", "Escalation", "PotentialFraud"],
      silencePercent: 25,
    });
    expect(config.flowLogs).toEqual({ logGroup: "/aws/connect/acme-support", maxRps: 2 });
  });

  it.each([
    ["FINDING_AUDIO_SCORE", "high"],
    ["FINDING_QUEUE_WAIT_SECONDS", "-1"],
    ["FINDING_STUCK_MINUTES", "0"],
    ["FINDING_SENTIMENT", "-6"],
    ["FINDING_SILENCE_PERCENT", "-1"],
    ["LOGS_MAX_RPS", "0"],
    ["CONNECT_FLOW_LOG_GROUP", "not a group!"],
  ])("rejects %s=%s, naming the variable", (name, value) => {
    expect(() => loadConfig({ ...BASE, [name]: value })).toThrow(name);
  });
});
