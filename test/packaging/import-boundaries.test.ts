import { readdirSync, readFileSync } from "node:fs";
import { dirname, join, relative, resolve } from "node:path";
import { expect, it } from "vitest";

function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sources(path);
    return entry.name.endsWith(".ts") ? [path] : [];
  });
}

/** Every relative module a file imports, as a path from the repository's root. */
function localImports(file: string): string[] {
  const text = readFileSync(file, "utf8");
  return [...text.matchAll(/from "(\.[^"]+)"/g)].map((m) =>
    relative(".", resolve(dirname(file), m[1]!)),
  );
}

it("keeps the renderers pure: blocks/ imports from src/ only its domain", () => {
  const crossing = sources("blocks").flatMap((file) =>
    localImports(file)
      .filter((path) => path.startsWith("src/") && !path.startsWith("src/domain/"))
      .map((path) => `${file} → ${path}`),
  );
  expect(crossing).toEqual([]);
});

it("keeps src/domain/ free of I/O: it imports nothing outside itself", () => {
  const crossing = sources("src/domain").flatMap((file) =>
    localImports(file)
      .filter((path) => !path.startsWith("src/domain/"))
      .map((path) => `${file} → ${path}`),
  );
  expect(crossing).toEqual([]);
});
