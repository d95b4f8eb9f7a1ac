import { existsSync, readFileSync } from "node:fs";
import { resolve } from "node:path";
import type { DeployConfig } from "./config.js";
import { parseConfig } from "./parse-config.js";

/**
 * The config file: `-c config=<path>`, else deploy/config.json, else the example (so that
 * `cdk synth` works on a fresh clone; deploying it fails on its made-up account).
 */
export function loadConfigFile(deployDir: string, path?: string): DeployConfig {
  const chosen = path
    ? resolve(path)
    : [resolve(deployDir, "config.json"), resolve(deployDir, "config.example.json")].find((p) =>
        existsSync(p),
      );
  if (!chosen || !existsSync(chosen)) throw new Error(`no config file: ${chosen ?? path}`);
  if (!path && chosen.endsWith("config.example.json")) {
    process.stderr.write(`no deploy/config.json: using ${chosen}\n`);
  }
  let json: unknown;
  try {
    json = JSON.parse(readFileSync(chosen, "utf8"));
  } catch (error) {
    throw new Error(`${chosen} is not JSON: ${(error as Error).message}`);
  }
  return parseConfig(json);
}
