import { readdirSync } from "node:fs";
import { join } from "node:path";
import { expect, it } from "vitest";

// test/ mirrors src/ and blocks/: the test of src/search/contact-search.ts is
// test/search/contact-search.test.ts, that of blocks/sections/flow-section.ts
// test/blocks/sections/flow-section.test.ts. Folders that test across modules stand apart.
const ACROSS = new Set(["e2e", "fakes", "support", "docs", "packaging", "security", "fixtures"]);

function files(dir: string, suffix: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return entry.name === "node_modules" ? [] : files(path, suffix);
    return entry.name.endsWith(suffix) ? [path] : [];
  });
}

/** Where the test of a module belongs. */
const mirror = (module: string): string =>
  `test/${module.replace(/^src\//, "").replace(/\.ts$/, ".test.ts")}`;

it("keeps each module's test at the module's own path under test/", () => {
  const modules = [...files("src", ".ts"), ...files("blocks", ".ts")];
  const byName = new Map<string, string[]>();
  for (const module of modules) {
    const name = module.split("/").pop()!.replace(/\.ts$/, "");
    byName.set(name, [...(byName.get(name) ?? []), module]);
  }
  const astray = files("test", ".test.ts")
    .filter((test) => !ACROSS.has(test.split("/")[1]!))
    .flatMap((test) => {
      const owners =
        byName.get(
          test
            .split("/")
            .pop()!
            .replace(/\.test\.ts$/, ""),
        ) ?? [];
      const homes = owners.map(mirror);
      return owners.length > 0 && !homes.includes(test) ? [`${test} → ${homes.join(" or ")}`] : [];
    });
  expect(astray).toEqual([]);
});
