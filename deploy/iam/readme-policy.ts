import { policyDocument } from "./policy.js";
import type { ScopeContext } from "./scopes.js";

const BEGIN =
  "<!-- iam-policy:begin — generated from deploy/iam/actions.ts by `npm run iam:readme` in deploy/; do not edit -->";
const END = "<!-- iam-policy:end -->";

/** The policy docs/iam.md shows: the task role's, with placeholders for one instance's ids and bucket. */
const PLACEHOLDERS: ScopeContext = {
  instances: [
    { partition: "aws", region: "REGION", account: "ACCOUNT", instanceId: "INSTANCE_ID" },
  ],
  flowLogGroups: [
    { partition: "aws", region: "REGION", account: "ACCOUNT", name: "/aws/connect/INSTANCE_ALIAS" },
  ],
  slackSecretArn: "arn:aws:secretsmanager:REGION:ACCOUNT:secret:SLACK_SECRET_NAME-??????",
  // The instance's call-recordings bucket, where Contact Lens writes Analysis/ at the root.
  analysisBuckets: [{ partition: "aws", bucket: "ANALYSIS_BUCKET", prefix: "" }],
  analysisKeys: [
    { arn: "arn:aws:kms:REGION:ACCOUNT:key/KMS_KEY_ID", partition: "aws", region: "REGION" },
  ],
};

/** The generated block, markers included. */
export function readmePolicyBlock(): string {
  const json = JSON.stringify(policyDocument(PLACEHOLDERS), null, 2);
  return `${BEGIN}\n\`\`\`json\n${json}\n\`\`\`\n${END}`;
}

/** Where the block is, markers included; throws if the page has none. */
function blockRange(readme: string): [number, number] {
  const begin = readme.indexOf(BEGIN);
  const end = readme.indexOf(END);
  if (begin < 0 || end < begin) throw new Error(`docs/iam.md has no "${BEGIN}" … "${END}" block`);
  return [begin, end + END.length];
}

/** The page's block as it is now, markers included. */
export function currentReadmeBlock(readme: string): string {
  return readme.slice(...blockRange(readme));
}

/** The page with its policy block regenerated. */
export function withReadmePolicy(readme: string): string {
  const [begin, end] = blockRange(readme);
  return readme.slice(0, begin) + readmePolicyBlock() + readme.slice(end);
}

/** The policy document as docs/iam.md shows it. */
export function readmePolicy(readme: string): unknown {
  const fenced = currentReadmeBlock(readme).slice(BEGIN.length, -END.length);
  return JSON.parse(fenced.replace(/^\s*```json/, "").replace(/```\s*$/, ""));
}
