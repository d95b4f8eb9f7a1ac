// Bundles the bot (scripts/bundle.mjs) when dist/ is missing or older than the sources, so a
// fresh clone starts with `npm ci && npm start`, and an image that ships only dist/ starts as is.
import { existsSync, readdirSync, statSync } from "node:fs";
import { join } from "node:path";

const output = "dist/bot/app.js";

function newestSource(dir) {
  if (!existsSync(dir)) return 0;
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    const time = entry.isDirectory() ? newestSource(path) : statSync(path).mtimeMs;
    newest = Math.max(newest, time);
  }
  return newest;
}

export async function ensureBuild() {
  const sources = Math.max(newestSource("src"), newestSource("blocks"));
  const built = existsSync(output) ? statSync(output).mtimeMs : 0;
  if (built > 0 && built >= sources) return;
  // esbuild is a dev dependency: loaded only where there are sources to build.
  const { bundle } = await import("./bundle.mjs");
  await bundle();
}
