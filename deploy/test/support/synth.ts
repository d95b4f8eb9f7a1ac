import { existsSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { App, Validations } from "aws-cdk-lib";
import { Template } from "aws-cdk-lib/assertions";
import type { IConstruct } from "constructs";
import { addBotStack } from "../../lib/bot-app.js";
import type { BotStack } from "../../lib/bot-stack.js";
import type { DeployConfig } from "../../lib/config.js";
import { parseConfig } from "../../lib/parse-config.js";

const deployFile = (name: string) => new URL(`../../${name}`, import.meta.url);

/** The example config, with some top-level sections replaced. */
export function exampleConfig(changes: Record<string, unknown> = {}): DeployConfig {
  const example = JSON.parse(readFileSync(deployFile("config.example.json"), "utf8"));
  return parseConfig({ ...example, ...changes });
}

export interface Synthesized {
  app: App;
  stack: BotStack;
  template: Template;
  /** Every warning or error any validation plugin reported at synthesis (rule: path). */
  reported: string[];
  /** The Docker images `cdk deploy` would build: source directory and platform. */
  images: { directory: string; platform?: string }[];
}

interface AssetManifest {
  dockerImages: Record<string, { source: { directory: string; platform?: string } }>;
}

interface ValidationReport {
  pluginReports: {
    violations: { ruleName: string; violatingConstructs: { constructPath: string }[] }[];
  }[];
}

/**
 * The app as `cdk synth` builds it (cdk.json's feature flags, cdk-nag registered), minus the
 * copy of the repository into cdk.out that only deploying needs.
 */
export function synth(config: DeployConfig): Synthesized {
  const key = JSON.stringify(config);
  const done = synthesized.get(key) ?? synthesizeApp(config);
  synthesized.set(key, done);
  return done;
}

/** Test files share one worker (vitest.config.ts), so each config is synthesized once. */
const synthesized = new Map<string, Synthesized>();

function synthesizeApp(config: DeployConfig): Synthesized {
  const { context } = JSON.parse(readFileSync(deployFile("cdk.json"), "utf8"));
  const outdir = mkdtempSync(join(tmpdir(), "deploy-test-"));
  try {
    const app = new App({ outdir, context: { ...context, "aws:cdk:disable-asset-staging": true } });
    const stack = addBotStack(app, config);
    const template = Template.fromStack(stack);
    const reportFile = join(outdir, "validation-report.json");
    const report: ValidationReport = existsSync(reportFile)
      ? JSON.parse(readFileSync(reportFile, "utf8"))
      : { pluginReports: [] };
    const reported = report.pluginReports.flatMap((plugin) =>
      plugin.violations.flatMap((v) =>
        v.violatingConstructs.map((c) => `${v.ruleName}: ${c.constructPath}`),
      ),
    );
    const assets: AssetManifest = JSON.parse(
      readFileSync(join(outdir, `${stack.artifactId}.assets.json`), "utf8"),
    );
    const images = Object.values(assets.dockerImages).map(({ source }) => source);
    return { app, stack, template, reported, images };
  } finally {
    rmSync(outdir, { recursive: true, force: true });
  }
}

/** Every acknowledged rule in the tree: construct path, rule id, reason. */
export function acknowledgements(root: IConstruct): { path: string; id: string; reason: string }[] {
  return root.node.findAll().flatMap((construct) =>
    construct.node.metadata
      .filter((entry) => entry.type === Validations.ACKNOWLEDGED_RULES_METADATA_KEY)
      .flatMap((entry) =>
        Object.entries(entry.data as Record<string, string>).map(([id, reason]) => ({
          path: construct.node.path,
          id,
          reason,
        })),
      ),
  );
}
