// `npm run bench`: the whole bench (bench/run.ts) once per Node version — the machine's and Node
// 24 LTS, what `npm start` and the Docker image run — then one table of what users feel, a column
// per version. Options are passed on to each run; `--node PATH` runs that one version only.
import { spawnSync } from "node:child_process";
import { readFileSync } from "node:fs";
// @ts-expect-error: a plain .mjs start-up script, without type declarations.
import { ltsNode } from "../scripts/lts-node.mjs";
import type { BenchResults } from "./results.js";
import { formatVersions } from "./versions-report.js";

function nodesToRun(args: readonly string[]): string[] {
  if (args.includes("--node")) return [args[args.indexOf("--node") + 1]!];
  const lts: string | undefined = ltsNode({}, console.error);
  return lts ? [process.execPath, lts] : [process.execPath];
}

const args = process.argv.slice(2);
const passOn = args.filter((arg, i) => arg !== "--node" && args[i - 1] !== "--node");
const results: BenchResults[] = [];
for (const node of nodesToRun(args)) {
  const major = spawnSync(node, ["-p", "process.versions.node.split('.')[0]"], {
    encoding: "utf8",
  }).stdout.trim();
  const out = `bench/results-node${major}.json`;
  console.error(`bench: === the bot on Node ${major} (${node})`);
  const run = spawnSync(
    process.execPath,
    ["--import", "tsx", "bench/run.ts", ...passOn, "--node", node, "--out", out],
    { stdio: "inherit" },
  );
  if (run.status !== 0) process.exit(run.status ?? 1);
  results.push(JSON.parse(readFileSync(out, "utf8")) as BenchResults);
}
console.log(`\n${formatVersions(results)}`);
