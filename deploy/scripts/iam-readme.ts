import { readFileSync, writeFileSync } from "node:fs";
import { withReadmePolicy } from "../iam/readme-policy.js";

/** Rewrites the IAM policy block of the repository's docs/iam.md from deploy/iam/actions.ts. */
const readme = new URL("../../docs/iam.md", import.meta.url);
const before = readFileSync(readme, "utf8");
const after = withReadmePolicy(before);
if (after === before) {
  console.log("docs/iam.md: IAM policy already up to date");
} else {
  writeFileSync(readme, after);
  console.log("docs/iam.md: IAM policy regenerated");
}
