import { readFileSync } from "node:fs";
import ts from "typescript";
import { describe, expect, it } from "vitest";
import { crossing, importCircles, readImportGraph } from "../../scripts/import-graph.js";

const graph = readImportGraph();
const inside =
  (...dirs: string[]) =>
  (file: string) =>
    dirs.some((dir) => file === dir || file.startsWith(`${dir}/`));
const domain = inside("src/domain");
const blocks = inside("blocks");
const src = inside("src");
/** The one domain module that names the SDK: Amazon Connect's types, re-exported. */
const CONNECT_MODEL = "src/domain/connect-model.ts";
/** The parts of src/ that answer Slack or a terminal, and so render: everything else is a service. */
const surfaces = inside(
  "src/listeners",
  "src/middleware",
  "src/cli",
  "src/cli.ts",
  "src/slack",
  "src/timeline",
);

describe("the import graph of src/ and blocks/", () => {
  it("reads the files and their imports, type-only and dynamic ones included", () => {
    expect(graph.files.length).toBeGreaterThan(200);
    expect(graph.edges.get("src/connect/contact-chain.ts")).toContain(
      "src/connect/contact-lookup.ts",
    );
    expect(graph.edges.get("src/app.ts")?.length).toBeGreaterThan(3);
  });

  it("has no circles, not even ones closed by type-only imports", () => {
    expect(importCircles(graph)).toEqual([]);
  });

  it("finds a circle when there is one", () => {
    const circular = {
      files: ["a.ts", "b.ts", "c.ts"],
      edges: new Map([
        ["a.ts", ["b.ts"]],
        ["b.ts", ["a.ts"]],
        ["c.ts", ["a.ts"]],
      ]),
      lines: new Map(),
    };
    expect(importCircles(circular)).toEqual([["a.ts", "b.ts"]]);
  });

  it("keeps the renderers pure: blocks/ imports from src/ only its domain", () => {
    expect(crossing(graph, blocks, (t) => src(t) && !domain(t))).toEqual([]);
  });

  it("keeps src/domain/ free of I/O: it imports nothing outside itself", () => {
    expect(crossing(graph, domain, (t) => !domain(t))).toEqual([]);
  });

  it("lets src/domain/ name Amazon Connect's model in one module, for its types, and date-fns", () => {
    const impure = graph.files.filter(domain).flatMap((file) => {
      const source = ts.createSourceFile(file, readFileSync(file, "utf8"), ts.ScriptTarget.Latest);
      return source.statements.flatMap((statement) => {
        if (!ts.isImportDeclaration(statement) && !ts.isExportDeclaration(statement)) return [];
        const name = (statement.moduleSpecifier as ts.StringLiteral | undefined)?.text ?? ".";
        const typeOnly = ts.isImportDeclaration(statement)
          ? statement.importClause?.isTypeOnly
          : statement.isTypeOnly;
        if (name.startsWith(".") || name.startsWith("date-fns")) return [];
        if (file === CONNECT_MODEL && typeOnly && name === "@aws-sdk/client-connect") return [];
        return [`${file} → ${name}`];
      });
    });
    expect(impure).toEqual([]);
  });

  it("gives services their types from src/domain/: only the surfaces that render import blocks/", () => {
    expect(crossing(graph, (f) => src(f) && !surfaces(f) && !domain(f), blocks)).toEqual([]);
  });
});
