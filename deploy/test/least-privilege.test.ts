import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { Stack } from "aws-cdk-lib";
import type { CfnRole } from "aws-cdk-lib/aws-iam";
import { describe, expect, it } from "vitest";
import { declaredActions, declaredCommands } from "../iam/actions.js";
import { omittedPermissions } from "../iam/policy.js";
import { currentReadmeBlock, readmePolicy, readmePolicyBlock } from "../iam/readme-policy.js";
import { permissionScope } from "../lib/permissions.js";
import { commandsInSource } from "./support/source-commands.js";
import { list, SECRET, type Statement } from "./support/statements.js";
import { exampleConfig, synth } from "./support/synth.js";
import { socketConfig } from "./support/variants.js";

const ROOT = fileURLToPath(new URL("../..", import.meta.url));
const IAM_DOC = readFileSync(new URL("../../docs/iam.md", import.meta.url), "utf8");

const actionsOf = (statements: Statement[]) =>
  [...new Set(statements.flatMap((s) => list(s.Action)))].sort();

/** The statements of every policy attached to the stack's task role, resolved. */
function taskRoleStatements(config: ReturnType<typeof exampleConfig>): Statement[] {
  const { stack, template } = synth(config);
  const role = stack.bot.taskRole.node.defaultChild as CfnRole;
  const roleId = Stack.of(role).getLogicalId(role);
  expect(template.toJSON().Resources[roleId].Properties.ManagedPolicyArns).toBeUndefined();
  const policies = Object.values(template.findResources("AWS::IAM::Policy")).filter((policy) =>
    JSON.stringify(policy.Properties.Roles).includes(`"${roleId}"`),
  );
  expect(policies).toHaveLength(1);
  return policies.flatMap((policy) => policy.Properties.PolicyDocument.Statement);
}

describe("least privilege: the bot's SDK commands = iam/actions.ts = task role = docs/iam.md", () => {
  it("iam/actions.ts lists exactly the …Command classes ../src and ../blocks import", () => {
    const used = commandsInSource(ROOT, ["src", "blocks"]);
    const declared = new Set(declaredCommands());
    const problems = [
      ...[...used]
        .filter(([command]) => !declared.has(command))
        .map(
          ([command, files]) =>
            `${command} (${files.join(", ")}) has no deploy/iam/actions.ts entry`,
        ),
      ...[...declared]
        .filter((command) => !used.has(command))
        .map(
          (command) => `${command} is in deploy/iam/actions.ts but src/ and blocks/ never send it`,
        ),
    ];
    expect(problems).toEqual([]);
    expect(used.size).toBeGreaterThan(10);
  });

  it.each([
    ["http mode", exampleConfig],
    ["Socket Mode, two regions", () => socketConfig()],
  ])("the synthesized task role allows exactly those actions (%s)", (_name, config) => {
    // Both name a Contact Lens bucket with a KMS key: every action has its resource.
    expect(omittedPermissions(permissionScope(config(), SECRET))).toEqual([]);
    expect(actionsOf(taskRoleStatements(config()))).toEqual(declaredActions());
  });

  it("without a Contact Lens bucket, leaves out exactly the S3 and KMS actions, and says so", () => {
    const config = exampleConfig({ contactLens: {} });
    const omitted = omittedPermissions(permissionScope(config, SECRET));
    expect(omitted).toEqual([
      {
        action: "s3:ListBucket",
        sid: "ContactLensAnalysisList",
        configuredBy: "contactLens.buckets",
      },
      {
        action: "s3:GetObject",
        sid: "ContactLensAnalysisFiles",
        configuredBy: "contactLens.buckets",
      },
      {
        action: "kms:Decrypt",
        sid: "ContactLensAnalysisDecrypt",
        configuredBy: "contactLens.buckets[].kmsKeyArn",
      },
    ]);
    const left = omitted.map((o) => o.action);
    const granted = actionsOf(taskRoleStatements(config));
    expect(granted).toEqual(declaredActions().filter((action) => !left.includes(action)));
    // The Contact Lens real-time and storage-config calls stay: they need no bucket.
    expect(granted).toContain("connect:ListRealtimeContactAnalysisSegments");
    const { stack } = synth(config);
    const infos = stack.bot.taskRole.node.metadata.filter((m) => m.type === "aws:cdk:info");
    expect(infos.map((info) => info.data)).toEqual([
      expect.stringMatching(/^s3:ListBucket, s3:GetObject not granted: no contactLens\.buckets /),
      expect.stringMatching(/^kms:Decrypt not granted: no contactLens\.buckets\[\]\.kmsKeyArn /),
    ]);
  });

  it("scopes every resource: no *, each inside a configured instance, log group, secret, bucket or key", () => {
    const config = socketConfig();
    const [bucket] = config.contactLens.buckets;
    const allowed = [
      ...config.connect.instances.map((instance) => `${instance.arn}`),
      "arn:aws:logs:us-east-1:123456789012:log-group:/connect/flows",
      "arn:aws:logs:eu-west-2:123456789012:log-group:/connect/flows",
      `arn:aws:s3:::${bucket!.name}`,
      `${bucket!.kmsKeyArn}`,
    ];
    for (const statement of taskRoleStatements(config)) {
      for (const resource of list(statement.Resource)) {
        if (typeof resource !== "string") {
          // The secret this stack created: its own ARN, by reference.
          expect(JSON.stringify(resource)).toMatch(/"Ref":"SlackCredentials/);
          continue;
        }
        expect(resource).not.toBe("*");
        expect(
          allowed.some((prefix) => resource.startsWith(prefix)),
          resource,
        ).toBe(true);
      }
    }
  });

  it("the IAM policy in docs/iam.md is generated from iam/actions.ts and current", () => {
    const stale = "stale: run `npm run iam:readme` in deploy/";
    expect(currentReadmeBlock(IAM_DOC), stale).toBe(readmePolicyBlock());
    const policy = readmePolicy(IAM_DOC) as { Statement: Statement[] };
    expect(actionsOf(policy.Statement)).toEqual(declaredActions());
  });
});
