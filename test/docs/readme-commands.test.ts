import { execFile } from "node:child_process";
import {
  chmodSync,
  copyFileSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

// The README's examples are run as a reader would paste them: each shell line of its blocks, in a
// shell, in a folder that has the repository's test fixtures, with `npx connect-contact-bot`
// resolving to this checkout's bin. What a command needs that the reader brings themselves
// (their own saved contact) is made from the fixture.

const ROOT = resolve(import.meta.dirname, "../..");
const README = readFileSync(join(ROOT, "README.md"), "utf8");
const BUILD_MS = 180_000;

/** Each command of the README's `sh` blocks, continuation lines joined, comments dropped. */
function shellCommands(markdown: string): string[] {
  const blocks = [...markdown.matchAll(/```sh\n([\s\S]*?)```/g)].map((m) => m[1]!);
  return blocks.flatMap((block) =>
    block
      .replace(/\\\n\s*/g, " ")
      .split("\n")
      .map((line) => line.replace(/\s+#.*$/, "").trim())
      .filter((line) => line !== ""),
  );
}

const commands = shellCommands(README);
const offline = commands.filter((line) => line.startsWith("npx connect-contact-bot "));

function sh(command: string, cwd: string, path: string): Promise<{ code: number; out: string }> {
  return new Promise((done) => {
    execFile(
      "sh",
      ["-c", command],
      { cwd, env: { PATH: path }, timeout: BUILD_MS, maxBuffer: 16 * 1024 * 1024 },
      (error, stdout, stderr) => {
        const code = error === null ? 0 : typeof error.code === "number" ? error.code : 1;
        done({ code, out: `${stdout}${stderr}` });
      },
    );
  });
}

describe("the README's commands", () => {
  let dir = "";
  let path = "";
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), "ccb-readme-"));
    symlinkSync(join(ROOT, "test"), join(dir, "test"), "dir");
    copyFileSync(
      join(ROOT, "test/fixtures/describe-contact.json"),
      join(dir, "saved-contact.json"),
    );
    // `npx connect-contact-bot …` as a reader's clone runs it: this checkout's bin.
    const shims = join(dir, ".shims");
    const npx = join(shims, "npx");
    mkdirSync(shims);
    writeFileSync(
      npx,
      `#!/bin/sh\n[ "$1" = connect-contact-bot ] || exit 127\nshift\nexec "${process.execPath}" "${join(ROOT, "bin/connect-contact-bot.js")}" "$@"\n`,
    );
    chmodSync(npx, 0o755);
    path = `${shims}:${process.env.PATH ?? ""}`;
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it("has the offline examples the README promises", () => {
    expect(offline.length).toBeGreaterThanOrEqual(3);
    expect(commands).toContain("npm ci && npm start");
    expect(commands).toContain("npm test");
  });

  it.each(offline)(
    "runs: %s",
    async (command) => {
      const { code, out } = await sh(command, dir, path);
      expect(code, out).toBe(0);
      const written = / --out (\S+)/.exec(command)?.[1];
      if (written) expect(existsSync(join(dir, written))).toBe(true);
      else expect(out).toMatch(/"blocks"/);
    },
    BUILD_MS,
  );

  it("names only npm scripts that exist", () => {
    const scripts = (dir: string): Record<string, string> =>
      JSON.parse(readFileSync(join(ROOT, dir, "package.json"), "utf8")).scripts;
    const named = commands.flatMap((line) =>
      [...line.matchAll(/npm run ([\w:-]+)/g)].map((m) => m[1]!),
    );
    expect(named.length).toBeGreaterThan(0);
    for (const name of named) expect(Object.keys(scripts("."))).toContain(name);
    for (const name of ["start", "test"]) expect(Object.keys(scripts("."))).toContain(name);
    expect(existsSync(join(ROOT, "deploy/config.example.json"))).toBe(true);
  });
});
