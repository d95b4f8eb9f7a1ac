import { existsSync, readdirSync, readFileSync } from "node:fs";
import { dirname, join, normalize } from "node:path";
import { describe, expect, it } from "vitest";

// README.md, SECURITY.md and docs/ link into each other by file and heading: a heading renamed or
// a section moved breaks a link silently on GitHub, so every one is resolved here.

const FILES = [
  "README.md",
  "SECURITY.md",
  ...readdirSync("docs")
    .filter((name) => name.endsWith(".md"))
    .map((name) => join("docs", name)),
];

const withoutCode = (markdown: string) => markdown.replace(/^```[\s\S]*?^```/gm, "");

/** GitHub's anchor for a heading: lower case, punctuation dropped, spaces as dashes. */
function slug(heading: string): string {
  return heading
    .trim()
    .toLowerCase()
    .replace(/[^\p{L}\p{N}\s_-]/gu, "")
    .replace(/\s/g, "-");
}

/** The anchors of a Markdown file's headings, repeated ones numbered as GitHub does. */
function anchors(markdown: string): Set<string> {
  const seen = new Map<string, number>();
  const result = new Set<string>();
  for (const [, heading] of withoutCode(markdown).matchAll(/^#{1,6} (.+)$/gm)) {
    const base = slug(heading);
    const count = seen.get(base) ?? 0;
    seen.set(base, count + 1);
    result.add(count === 0 ? base : `${base}-${count}`);
  }
  return result;
}

/** The relative links (and images) of a file, as [path, anchor]. */
function links(markdown: string): [string, string | undefined][] {
  return [...withoutCode(markdown).matchAll(/\]\(([^)\s]+)\)/g)]
    .map((m) => m[1])
    .filter((target) => !/^[a-z]+:/i.test(target))
    .map((target) => {
      const [path, anchor] = target.split("#", 2);
      return [path, anchor];
    });
}

describe("links between README.md, SECURITY.md and docs/", () => {
  it("slugs headings the way GitHub does", () => {
    expect([...anchors("# A `b/c` d, e (f)\n## Again\n## Again\n```\n# not one\n```")]).toEqual([
      "a-bc-d-e-f",
      "again",
      "again-1",
    ]);
  });

  it.each(FILES)("every link of %s reaches a file and, if it names one, a heading", (file) => {
    const broken: string[] = [];
    for (const [path, anchor] of links(readFileSync(file, "utf8"))) {
      const target = path === "" ? file : normalize(join(dirname(file), path));
      if (!existsSync(target)) {
        broken.push(`${path}: no such file`);
      } else if (anchor !== undefined && !anchors(readFileSync(target, "utf8")).has(anchor)) {
        broken.push(`${path}#${anchor}: no such heading in ${target}`);
      }
    }
    expect(broken).toEqual([]);
  });
});
