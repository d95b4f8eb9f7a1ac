// The import graph of the bot's own code (src/ and blocks/), read with the TypeScript compiler's
// own pre-processor so that type-only and dynamic imports count as edges: a circle closed by
// `import type` is still a circle to a reader. `npm run graph` prints its figures; the import
// boundary tests check its rules.
import { readdirSync, readFileSync } from "node:fs";
import { dirname, join, normalize, relative } from "node:path";
import ts from "typescript";

export interface ImportGraph {
  /** Repository-relative paths of every .ts file read. */
  files: string[];
  /** file → the files it imports (relative imports only: packages are not nodes). */
  edges: Map<string, string[]>;
  lines: Map<string, number>;
}

function sources(root: string, dir: string): string[] {
  return readdirSync(join(root, dir), { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sources(root, path);
    return entry.name.endsWith(".ts") ? [path] : [];
  });
}

export function readImportGraph(root = ".", dirs = ["src", "blocks"]): ImportGraph {
  const files = dirs.flatMap((dir) => sources(root, dir)).sort();
  const known = new Set(files);
  const edges = new Map<string, string[]>();
  const lines = new Map<string, number>();
  for (const file of files) {
    const text = readFileSync(join(root, file), "utf8");
    lines.set(file, text.split("\n").length - 1);
    const imported = ts
      .preProcessFile(text, true, true)
      .importedFiles.map((ref) => ref.fileName)
      .filter((name) => name.startsWith("."))
      .map((name) => normalize(join(dirname(file), name)).replace(/\.js$/, ".ts"))
      .filter((target) => known.has(target));
    edges.set(file, [...new Set(imported)]);
  }
  return { files, edges, lines };
}

/** Strongly connected components of more than one file (Tarjan): the import circles. */
export function importCircles(graph: ImportGraph): string[][] {
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const onStack = new Set<string>();
  const circles: string[][] = [];
  let next = 0;
  const visit = (file: string): void => {
    index.set(file, next);
    low.set(file, next++);
    stack.push(file);
    onStack.add(file);
    for (const target of graph.edges.get(file) ?? []) {
      if (!index.has(target)) {
        visit(target);
        low.set(file, Math.min(low.get(file)!, low.get(target)!));
      } else if (onStack.has(target)) {
        low.set(file, Math.min(low.get(file)!, index.get(target)!));
      }
    }
    if (low.get(file) !== index.get(file)) return;
    const circle: string[] = [];
    let member: string | undefined;
    do {
      member = stack.pop()!;
      onStack.delete(member);
      circle.push(member);
    } while (member !== file);
    if (circle.length > 1 || graph.edges.get(file)?.includes(file)) circles.push(circle.sort());
  };
  for (const file of graph.files) if (!index.has(file)) visit(file);
  return circles;
}

/** Every edge as "from → to" whose two ends satisfy the predicates. */
export function crossing(
  graph: ImportGraph,
  from: (file: string) => boolean,
  to: (file: string) => boolean,
): string[] {
  return graph.files
    .filter(from)
    .flatMap((file) => (graph.edges.get(file) ?? []).filter(to).map((t) => `${file} → ${t}`));
}

const inside = (dir: string) => (file: string) => file.startsWith(`${dir}/`);

/** The figures the restructure of December 2026 was judged by. */
export function graphFigures(graph: ImportGraph): Record<string, string | number> {
  const fanIn = new Map<string, number>();
  for (const targets of graph.edges.values()) {
    for (const target of targets) fanIn.set(target, (fanIn.get(target) ?? 0) + 1);
  }
  const [top] = [...fanIn].sort((a, b) => b[1] - a[1]);
  const src = inside("src");
  const blocks = inside("blocks");
  const domain = inside("src/domain");
  const sizes = [...graph.lines.values()];
  return {
    files: graph.files.length,
    "import edges": [...graph.edges.values()].reduce((sum, targets) => sum + targets.length, 0),
    circles: importCircles(graph).length,
    "blocks/ → src/ outside src/domain/": crossing(graph, blocks, (t) => src(t) && !domain(t))
      .length,
    "src/ (outside src/domain/) → blocks/": crossing(graph, (f) => src(f) && !domain(f), blocks)
      .length,
    "src/domain/ → outside src/domain/": crossing(graph, domain, (t) => !domain(t)).length,
    "files at the root of src/": graph.files.filter((f) => /^src\/[^/]+$/.test(f)).length,
    "files over 200 lines": sizes.filter((n) => n > 200).length,
    "files over 150 lines": sizes.filter((n) => n > 150).length,
    "most imported": top ? `${top[0]} (${top[1]})` : "-",
  };
}

if (process.argv[1] && relative(process.cwd(), process.argv[1]) === "scripts/import-graph.ts") {
  const root = process.argv[2] ?? ".";
  for (const [name, value] of Object.entries(graphFigures(readImportGraph(root)))) {
    console.log(`${name.padEnd(40)} ${value}`);
  }
}
