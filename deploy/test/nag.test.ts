import { AwsSolutionsChecks } from "cdk-nag";
import { describe, expect, it } from "vitest";
import { acknowledgements, exampleConfig, synth } from "./support/synth.js";
import { socketConfig } from "./support/variants.js";

const variants = {
  "http mode, new VPC, existing Slack secret": () => exampleConfig(),
  "Socket Mode, existing VPC, new Slack secret, cluster mode": () => socketConfig(),
};

describe.each(Object.entries(variants))("cdk-nag AwsSolutions: %s", (_name, config) => {
  const { app, reported } = synth(config());

  it("synthesizes with no warning from any check (cdk-nag, CloudFormation, CDK)", () => {
    expect(reported).toEqual([]);
  });

  it("reports no unacknowledged error or warning", () => {
    const report = new AwsSolutionsChecks().validateScope(app);
    const found = report.violations.map(
      (v) => `${v.severity} ${v.ruleName} at ${v.violatingResources.map((r) => r.constructPath)}`,
    );
    expect(found).toEqual([]);
    expect(report.success).toBe(true);
  });

  it("gives every acknowledgement a reason in the code", () => {
    // CDK's own constructs acknowledge a few rules of theirs too (VPC flow logs).
    const acknowledged = acknowledgements(app).filter((a) => !a.id.startsWith("CloudFormation"));
    expect(acknowledged.length).toBeGreaterThan(0);
    for (const { path, id, reason } of acknowledged) {
      expect(reason.split(" ").length, `${id} at ${path}`).toBeGreaterThanOrEqual(10);
    }
  });
});
