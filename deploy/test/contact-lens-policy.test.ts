import { describe, expect, it } from "vitest";
import { conversationConfig } from "../../src/config/conversation-config.js";
import { bySid, CONTACT_LENS_SIDS, normal, type Statement } from "./support/statements.js";
import { exampleConfig, synth } from "./support/synth.js";

const BUCKET = "amazon-connect-0a1b2c3d4e5f";
const KEY = "arn:aws:kms:us-east-1:123456789012:key/22222222-3333-4444-5555-666666666666";

describe("Contact Lens in the task role (config.example.json: one bucket, SSE-KMS)", () => {
  const { template } = synth(exampleConfig());
  const role = Object.values(template.findResources("AWS::IAM::Policy")).find((policy) =>
    JSON.stringify(policy).includes("ConnectInstances"),
  );
  const statements: Statement[] = role?.Properties.PolicyDocument.Statement ?? [];

  it("lists the bucket under Analysis/ only, reads Analysis/* only, decrypts through S3 only", () => {
    expect(bySid(statements, CONTACT_LENS_SIDS)).toEqual([
      {
        Sid: "ContactLensAnalysisList",
        Action: ["s3:ListBucket"],
        Resource: [`arn:aws:s3:::${BUCKET}`],
        Condition: { StringLike: { "s3:prefix": ["Analysis/*"] } },
      },
      {
        Sid: "ContactLensAnalysisFiles",
        Action: ["s3:GetObject"],
        Resource: [`arn:aws:s3:::${BUCKET}/Analysis/*`],
      },
      {
        Sid: "ContactLensAnalysisDecrypt",
        Action: ["kms:Decrypt"],
        Resource: [KEY],
        Condition: { StringEquals: { "kms:ViaService": ["s3.us-east-1.amazonaws.com"] } },
      },
    ]);
  });

  it("finds the bucket on the instance and reads real-time segments on its contacts", () => {
    const instance = `arn:aws:connect:us-east-1:123456789012:instance/11111111-2222-3333-4444-555555555555`;
    const [instances, contacts] = bySid(statements, ["ConnectInstances", "ConnectContacts"]);
    expect(instances?.Resource).toEqual([instance]);
    expect(instances?.Action).toContain("connect:ListInstanceStorageConfigs");
    expect(contacts?.Resource).toEqual([`${instance}/contact/*`]);
    expect(contacts?.Action).toEqual(
      expect.arrayContaining([
        "connect:ListRealtimeContactAnalysisSegments",
        "connect:ListRealtimeContactAnalysisSegmentsV2",
      ]),
    );
  });

  it("has no statement beyond the scopes', no * resource and no S3 or KMS action elsewhere", () => {
    expect(statements.map((s) => s.Sid)).toEqual([
      "ConnectInstances",
      "ConnectContacts",
      "ConnectQueues",
      "ConnectUsers",
      "ConnectRoutingProfiles",
      "ConnectHierarchyGroups",
      "ConnectFlows",
      "ConnectContactEvaluations",
      "FlowLogs",
      "SlackCredentials",
      ...CONTACT_LENS_SIDS,
    ]);
    for (const statement of normal(statements)) {
      expect(statement.Resource).not.toContain("*");
      const foreign = statement.Action.filter((a) => /^(s3|kms):/.test(a));
      expect(foreign.length > 0).toBe(CONTACT_LENS_SIDS.includes(statement.Sid));
    }
  });

  it("points the bot at the bucket (CONTACT_LENS_S3_URI), which it reads as the policy's", () => {
    const task = Object.values(template.findResources("AWS::ECS::TaskDefinition"))[0]!;
    const environment: { Name: string; Value: string }[] =
      task.Properties.ContainerDefinitions[0].Environment;
    const uri = environment.find((v) => v.Name === "CONTACT_LENS_S3_URI")?.Value;
    expect(uri).toBe(`s3://${BUCKET}/`);
    expect(conversationConfig({ CONTACT_LENS_S3_URI: uri }).s3).toEqual({
      bucket: BUCKET,
      prefix: "",
    });
  });
});
