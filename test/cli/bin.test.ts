import { execFile, execFileSync } from "node:child_process";
import { cpSync, existsSync, mkdtempSync, rmSync, symlinkSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { FIXTURE, fixtureText, parseOutput } from "./run-cli-captured.js";

const ROOT = resolve(import.meta.dirname, "../..");
const BUILD_MS = 180_000;
/** What a clone has that the build and the bin read; node_modules is linked, as `npm ci` made it. */
const CLONED = ["package.json", "tsconfig.json", "tsconfig.build.json", "src", "blocks", "bin"];

interface Run {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** Runs the bin as a user's shell would, in `cwd`, feeding `stdin`; no Slack or AWS variables. */
function runBin(args: string[], options: { cwd?: string; stdin?: string } = {}): Promise<Run> {
  const cwd = options.cwd ?? ROOT;
  return new Promise((done) => {
    const child = execFile(
      process.execPath,
      [join(cwd, "bin/connect-contact-bot.js"), ...args],
      { cwd, env: { PATH: process.env.PATH }, timeout: BUILD_MS, maxBuffer: 16 * 1024 * 1024 },
      (error, stdout, stderr) => {
        const code = error === null ? 0 : typeof error.code === "number" ? error.code : null;
        done({ code, stdout, stderr });
      },
    );
    child.stdin?.end(options.stdin ?? "");
  });
}

beforeAll(() => {
  try {
    execFileSync("npx", ["tsc", "-p", "tsconfig.build.json"], { cwd: ROOT, stdio: "ignore" });
  } catch {
    // tsc exits non-zero on type errors anywhere but still emits; the check below is what counts.
  }
  expect(existsSync(join(ROOT, "dist/src/cli.js"))).toBe(true);
}, BUILD_MS);

describe("bin/connect-contact-bot.js", () => {
  it("renders the sample file", async () => {
    const { code, stdout } = await runBin(["render", FIXTURE]);
    expect(code).toBe(0);
    const { blocks, builderUrl } = parseOutput(stdout);
    expect(JSON.stringify(blocks)).toContain("6f1a2b3c-4d5e-4f60-8a7b-9c0d1e2f3a4b");
    expect(builderUrl).toMatch(/^https:\/\/app\.slack\.com\/block-kit-builder\/#/);
  });

  it("reads a pipe and passes the exit code on", async () => {
    const piped = await runBin(["render", "--json", "--section", "quality", "-"], {
      stdin: fixtureText(),
    });
    expect(piped.code).toBe(0);
    expect(JSON.parse(piped.stdout).blocks.length).toBeGreaterThan(0);
    const wrong = await runBin(["render", "--section", "chain", FIXTURE]);
    expect(wrong).toMatchObject({ code: 2, stdout: "" });
    expect(wrong.stderr).toMatch(/--section chain cannot be rendered offline/);
  });

  describe("on a fresh clone, with no dist/", () => {
    let clone = "";
    beforeAll(() => {
      clone = mkdtempSync(join(tmpdir(), "ccb-clone-"));
      for (const path of CLONED) {
        cpSync(join(ROOT, path), join(clone, path), { recursive: true });
      }
      symlinkSync(join(ROOT, "node_modules"), join(clone, "node_modules"), "dir");
    });
    afterAll(() => rmSync(clone, { recursive: true, force: true }));

    it(
      "compiles first, keeping stdout for the JSON",
      async () => {
        const { code, stdout, stderr } = await runBin(["render", "--json", "-"], {
          cwd: clone,
          stdin: fixtureText(),
        });
        expect(stderr).toContain("compiling");
        expect(code).toBe(0);
        expect(JSON.parse(stdout).blocks.length).toBeGreaterThan(0);
        expect(existsSync(join(clone, "dist/src/cli.js"))).toBe(true);
      },
      BUILD_MS,
    );
  });
});
