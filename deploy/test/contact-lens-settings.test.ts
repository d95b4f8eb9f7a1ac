import { describe, expect, it } from "vitest";
import { conversationConfig } from "../../src/config/conversation-config.js";
import { policyStatements } from "../iam/policy.js";
import type { DeployConfig } from "../lib/config.js";
import { containerEnvironment } from "../lib/container-environment.js";
import { permissionScope } from "../lib/permissions.js";
import { bySid, CONTACT_LENS_SIDS, SECRET, type Statement } from "./support/statements.js";
import { exampleConfig } from "./support/synth.js";
import { INSTANCE_A, INSTANCE_B } from "./support/variants.js";

const REDIS = { host: "cache", port: "6380" };
const BUCKET = "amazon-connect-0a1b2c3d4e5f";
const KEY = "arn:aws:kms:us-east-1:123456789012:key/22222222-3333-4444-5555-666666666666";
const KEY_B = "arn:aws:kms:eu-west-2:123456789012:key/mrk-0123456789abcdef0123456789abcdef";

/** Two instances (us-east-1, eu-west-2), each with the Contact Lens setting given. */
const twoInstances = (contactLens: unknown): DeployConfig =>
  exampleConfig({
    connect: {
      instances: [
        { arn: INSTANCE_A, alias: "a" },
        { arn: INSTANCE_B, alias: "b" },
      ],
    },
    contactLens,
  });

const statementsOf = (config: DeployConfig) =>
  policyStatements(permissionScope(config, SECRET)) as Statement[];

describe("Contact Lens statements for other settings", () => {
  it("one bucket with a prefix: the listing, the files and the bot's URI all start there", () => {
    const config = exampleConfig({
      contactLens: { buckets: [{ name: "replica-bucket" }], prefix: "connect/acme" },
    });
    expect(bySid(statementsOf(config), CONTACT_LENS_SIDS)).toEqual([
      {
        Sid: "ContactLensAnalysisList",
        Action: ["s3:ListBucket"],
        Resource: ["arn:aws:s3:::replica-bucket"],
        Condition: { StringLike: { "s3:prefix": ["connect/acme/Analysis/*"] } },
      },
      {
        Sid: "ContactLensAnalysisFiles",
        Action: ["s3:GetObject"],
        Resource: ["arn:aws:s3:::replica-bucket/connect/acme/Analysis/*"],
      },
    ]);
    const uri = containerEnvironment(config, SECRET, REDIS).CONTACT_LENS_S3_URI;
    expect(uri).toBe("s3://replica-bucket/connect/acme/");
    // The bot's own reading of it: the keys it lists and reads are `connect/acme/Analysis/…`.
    expect(conversationConfig({ CONTACT_LENS_S3_URI: uri }).s3).toEqual({
      bucket: "replica-bucket",
      prefix: "connect/acme/",
    });
  });

  it("each instance's own buckets: all of them at the root, each key through its region's S3", () => {
    const config = twoInstances({
      buckets: [
        { name: "amazon-connect-aaaaaaaaaaaa", kmsKeyArn: KEY },
        { name: "amazon-connect-bbbbbbbbbbbb", kmsKeyArn: KEY_B },
        { name: "chat-transcripts-b" },
      ],
    });
    const buckets = [
      "amazon-connect-aaaaaaaaaaaa",
      "amazon-connect-bbbbbbbbbbbb",
      "chat-transcripts-b",
    ];
    expect(bySid(statementsOf(config), CONTACT_LENS_SIDS)).toEqual([
      {
        Sid: "ContactLensAnalysisList",
        Action: ["s3:ListBucket"],
        Resource: buckets.map((b) => `arn:aws:s3:::${b}`),
        Condition: { StringLike: { "s3:prefix": ["Analysis/*"] } },
      },
      {
        Sid: "ContactLensAnalysisFiles",
        Action: ["s3:GetObject"],
        Resource: buckets.map((b) => `arn:aws:s3:::${b}/Analysis/*`),
      },
      {
        Sid: "ContactLensAnalysisDecrypt",
        Action: ["kms:Decrypt"],
        Resource: [KEY, KEY_B],
        Condition: {
          StringEquals: {
            "kms:ViaService": ["s3.us-east-1.amazonaws.com", "s3.eu-west-2.amazonaws.com"],
          },
        },
      },
    ]);
    // The bot finds each instance's bucket in its storage configuration (ListInstanceStorageConfigs).
    expect(containerEnvironment(config, SECRET, REDIS).CONTACT_LENS_S3_URI).toBeUndefined();
  });

  it("a bucket without a KMS key (SSE-S3): no kms:Decrypt at all", () => {
    const statements = statementsOf(
      exampleConfig({ contactLens: { buckets: [{ name: BUCKET }] } }),
    );
    expect(statements.map((s) => s.Sid)).not.toContain("ContactLensAnalysisDecrypt");
    expect(JSON.stringify(statements)).not.toContain("kms:");
  });

  it("no bucket: no S3 or KMS statement, and the bot is not pointed anywhere", () => {
    const config = exampleConfig({ contactLens: {} });
    const statements = statementsOf(config);
    expect(bySid(statements, CONTACT_LENS_SIDS)).toEqual([]);
    expect(JSON.stringify(statements)).not.toMatch(/"(s3|kms):/);
    expect(containerEnvironment(config, SECRET, REDIS).CONTACT_LENS_S3_URI).toBeUndefined();
  });
});
