import { readFileSync, writeFileSync } from "node:fs";
import { withReadmePolicy } from "../iam/readme-policy.js";

/** Rewrites the IAM policy block of the repository's README from deploy/iam/actions.ts. */
const readme = new URL("../../README.md", import.meta.url);
const before = readFileSync(readme, "utf8");
const after = withReadmePolicy(before);
if (after === before) {
  console.log("README.md: IAM policy already up to date");
} else {
  writeFileSync(readme, after);
  console.log("README.md: IAM policy regenerated");
}
