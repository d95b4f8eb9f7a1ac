import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { decodePng } from "../support/png.js";
import { runCliCaptured } from "./run-cli-captured.js";

const LEGS = [1, 2, 3].map((n) => `test/fixtures/chain/leg-${n}.json`);
const NAMES = "test/fixtures/chain/names.json";
const dir = mkdtempSync(join(tmpdir(), "ccb-timeline-"));

describe("connect-contact-bot timeline", () => {
  it("writes a valid PNG of the three-leg chain, whatever the order of the files", async () => {
    const out = join(dir, "chain.png");
    const run = await runCliCaptured([
      "timeline",
      LEGS[2]!,
      LEGS[0]!,
      LEGS[1]!,
      "--tz",
      "Europe/London",
      "--out",
      out,
    ]);
    expect(run).toMatchObject({ code: 0, stderr: "" });
    expect(run.stdout).toMatch(
      /Wrote .*chain\.png \(\d+ KB\): 3 legs, 25m 00s, .*Europe\/London \(UTC\+1\)/,
    );
    const png = decodePng(readFileSync(out));
    expect(png.width).toBe(1200);
    expect(png.height).toBeGreaterThan(300);
  });

  it("draws the names a --names file gives (the same picture as README's docs/timeline.png)", async () => {
    const out = join(dir, "named.png");
    const args = ["timeline", ...LEGS, "--names", NAMES, "--tz", "Europe/London", "--out", out];
    expect((await runCliCaptured(args)).code).toBe(0);
    const plain = join(dir, "plain.png");
    await runCliCaptured(["timeline", ...LEGS, "--tz", "Europe/London", "--out", plain]);
    expect(readFileSync(out).equals(readFileSync(plain))).toBe(false);
    expect(readFileSync(out).equals(readFileSync("docs/timeline.png"))).toBe(true);
  });

  it("refuses bad command lines (exit 2) and unreadable input (exit 1)", async () => {
    expect((await runCliCaptured(["timeline"])).code).toBe(2);
    expect((await runCliCaptured(["timeline", LEGS[0]!, "--tz", "Mars/Olympus"])).stderr).toMatch(
      /IANA time zone/,
    );
    expect((await runCliCaptured(["render", LEGS[0]!, "--out", "x.png"])).code).toBe(2);
    expect((await runCliCaptured(["timeline", LEGS[0]!, "--section", "agent"])).code).toBe(2);
    const missing = await runCliCaptured([
      "timeline",
      join(dir, "nope.json"),
      "--out",
      join(dir, "x.png"),
    ]);
    expect(missing).toMatchObject({ code: 1 });
    expect(missing.stderr).toMatch(/Cannot read/);
    const badNames = join(dir, "names.json");
    writeFileSync(badNames, "[1]");
    const named = await runCliCaptured([
      "timeline",
      LEGS[0]!,
      "--names",
      badNames,
      "--out",
      join(dir, "y.png"),
    ]);
    expect(named.code).toBe(1);
    expect(named.stderr).toMatch(/id → name/);
  });
});
