import { fileURLToPath } from "node:url";
import { type App, Validations } from "aws-cdk-lib";
import { AwsSolutionsChecks } from "cdk-nag";
import { BotStack } from "./bot-stack.js";
import type { DeployConfig } from "./config.js";

/** The repository root: the Dockerfile and the bot's sources, one level above deploy/. */
export const REPO_ROOT = fileURLToPath(new URL("../..", import.meta.url));

/**
 * The stack, checked by cdk-nag's AwsSolutions rules at synthesis: any violation not
 * acknowledged (with its reason, next to the resource) stops `cdk synth` and `cdk deploy`.
 * Acknowledgements are also written into the template's metadata, for audit.
 */
export function addBotStack(app: App, config: DeployConfig): BotStack {
  const stack = new BotStack(app, { config, imageDirectory: REPO_ROOT });
  Validations.of(app).addPlugins(
    new AwsSolutionsChecks(app, { writeSuppressionsToCloudFormation: true }),
  );
  return stack;
}
