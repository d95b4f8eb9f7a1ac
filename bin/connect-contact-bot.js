#!/usr/bin/env node
// Runs the compiled CLI. A fresh clone (`npm ci`) has no dist/ yet, and a checkout whose sources
// changed since the last build would render with stale code, so compile first in both cases,
// exactly as `npm run build` does. Where only dist/ ships (the Docker image), it runs as is.
import { spawnSync } from "node:child_process";
import { existsSync, readdirSync, statSync } from "node:fs";
import { createRequire } from "node:module";
import { join } from "node:path";
import { fileURLToPath } from "node:url";

const root = fileURLToPath(new URL("..", import.meta.url));
const cli = fileURLToPath(new URL("../dist/src/cli.js", import.meta.url));

function newestSource(dir) {
  if (!existsSync(dir)) return 0;
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) newest = Math.max(newest, newestSource(path));
    else if (entry.name.endsWith(".ts")) newest = Math.max(newest, statSync(path).mtimeMs);
  }
  return newest;
}

function build() {
  let tsc;
  try {
    tsc = createRequire(import.meta.url).resolve("typescript/bin/tsc");
  } catch {
    console.error("connect-contact-bot: dist/ is not built and TypeScript is missing: run npm ci");
    process.exit(1);
  }
  console.error("connect-contact-bot: compiling (npm run build)…");
  // tsc's messages go to stderr: stdout carries only the rendered JSON.
  spawnSync(process.execPath, [tsc, "-p", "tsconfig.build.json"], {
    cwd: root,
    stdio: ["ignore", 2, 2],
  });
}

const sources = Math.max(newestSource(join(root, "src")), newestSource(join(root, "blocks")));
if (!existsSync(cli) || statSync(cli).mtimeMs < sources) build();
if (!existsSync(cli)) {
  console.error("connect-contact-bot: the build did not produce dist/src/cli.js");
  process.exit(1);
}
const { runCli } = await import(new URL("../dist/src/cli.js", import.meta.url).href);
process.exitCode = await runCli(process.argv.slice(2), process);
