// The bot as `npm start` and the Docker image run it: one ES module (dist/bot/app.js) bundled
// with esbuild from the sources, instead of ~1,100 files of dist/ and node_modules. Loading the
// modules one by one cost the idle process ~13 MiB (a module record, a wrapper and a source string
// each, and every command of the AWS SDK's CommonJS build) and a third of its start-up; the AWS
// SDK's ES build is tree-shaken to the commands the bot sends. Modules the bot imports only when a
// request needs them stay out of the entry, in chunks of their own (`splitting`), loaded on first
// use as before; resvg is a native addon and stays in node_modules, with its font.
import { pathToFileURL } from "node:url";
import { build } from "esbuild";

export const BUNDLE = "dist/bot/app.js";

/** esbuild's options; `write: false` and a metafile let a test check what the entry holds. */
export const bundleOptions = {
  entryPoints: { app: "src/app.ts" },
  outdir: "dist/bot",
  bundle: true,
  splitting: true,
  format: "esm",
  platform: "node",
  target: "node20",
  // The ES build of packages that ship one (the AWS SDK), which tree-shaking can cut.
  mainFields: ["module", "main"],
  external: ["@resvg/resvg-js"],
  // CommonJS dependencies inside an ES module still call require().
  banner: {
    js: "import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);",
  },
  sourcemap: true,
  logLevel: "warning",
};

export async function bundle() {
  await build(bundleOptions);
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) await bundle();
