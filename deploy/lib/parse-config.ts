import { configSchema, type DeployConfig } from "./config.js";
import { checkConfig } from "./config-rules.js";

/** Parses and checks a deployment config; throws one Error listing every problem by path. */
export function parseConfig(input: unknown): DeployConfig {
  const parsed = configSchema.safeParse(input);
  const problems = parsed.success
    ? checkConfig(parsed.data)
    : parsed.error.issues.map((issue) => `${issue.path.join(".") || "(root)"}: ${issue.message}`);
  if (!parsed.success || problems.length > 0) {
    throw new Error(`invalid deploy config:\n  ${problems.join("\n  ")}`);
  }
  return parsed.data;
}
