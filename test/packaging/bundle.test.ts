import { build, type Metafile } from "esbuild";
import { expect, it } from "vitest";
// @ts-expect-error: a plain .mjs build script, without type declarations.
import { bundleOptions } from "../../scripts/bundle.mjs";

/** What loads with the bundle's entry: its own inputs and those of the chunks it imports statically. */
function loadedAtStart(metafile: Metafile): string[] {
  const entry = Object.keys(metafile.outputs).find((path) => path.endsWith("/app.js"))!;
  const seen = new Set<string>();
  const visit = (path: string) => {
    if (seen.has(path)) return;
    seen.add(path);
    for (const imported of metafile.outputs[path]?.imports ?? []) {
      if (imported.kind === "import-statement" && !imported.external) visit(imported.path);
    }
  };
  visit(entry);
  return [...seen].flatMap((path) => Object.keys(metafile.outputs[path]!.inputs));
}

it("bundles the bot with the modules only some requests need in chunks loaded on first use", async () => {
  const { metafile } = await build({
    ...bundleOptions,
    write: false,
    metafile: true,
    logLevel: "silent",
  });
  const atStart = loadedAtStart(metafile!);
  const everything = Object.keys(metafile!.inputs);
  for (const lazy of [
    "@aws-sdk/client-cloudwatch-logs",
    "@aws-sdk/client-secrets-manager",
    "@aws-sdk/client-s3",
    "@aws-sdk/client-connect-contact-lens",
  ]) {
    expect(everything.some((path) => path.includes(`/${lazy}/`))).toBe(true);
    expect(atStart.filter((path) => path.includes(`/${lazy}/`))).toEqual([]);
  }
  expect(atStart.some((path) => path.includes("/@aws-sdk/client-connect/"))).toBe(true);
  // A native addon: it stays in node_modules, imported on the first picture.
  expect(everything.some((path) => path.includes("@resvg/resvg-js"))).toBe(false);
});
