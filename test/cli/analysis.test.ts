import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { voiceAnalysis } from "../fixtures/contact-lens-files.js";
import { chatSegments, HOSTILE_TEXT } from "../fixtures/contact-lens-segments.js";
import { longCallAnalysis } from "../fixtures/contact-lens-variants.js";
import { FIXTURE, parseOutput, runCliCaptured } from "./run-cli-captured.js";

const dir = mkdtempSync(join(tmpdir(), "ccb-analysis-"));
function saved(name: string, value: unknown): string {
  const file = join(dir, name);
  writeFileSync(file, JSON.stringify(value));
  return file;
}

describe("render --analysis", () => {
  it("renders the Conversation section of a saved analysis file, offline", async () => {
    const { code, stdout, stderr } = await runCliCaptured([
      "render",
      "--analysis",
      saved("analysis.json", voiceAnalysis(true)),
    ]);
    expect({ code, stderr }).toEqual({ code: 0, stderr: "" });
    const { blocks, builderUrl } = parseOutput(stdout);
    expect(JSON.stringify(blocks)).toContain("*Conversation*");
    expect(stdout).toContain("−2.5 → +5 → +5 → +5 in the last quarter");
    expect(stdout).toContain("Cancellation at `00:07`");
    expect(stdout).toContain("Hello. [PII], how can I help you?");
    expect(builderUrl).toMatch(/^https:\/\/app\.slack\.com\/block-kit-builder\/#/);
  });

  it("masks and escapes saved chat segments; --no-mask shows the numbers, still escaped", async () => {
    const file = saved("chat.json", {
      Channel: "CHAT",
      Status: "COMPLETED",
      Segments: chatSegments(),
    });
    const masked = await runCliCaptured(["render", "--json", "--analysis", file]);
    expect(masked.code).toBe(0);
    expect(masked.stdout).not.toContain("415 555 0123");
    expect(masked.stdout).toContain("&lt;!channel&gt;");
    expect(masked.stdout).toContain("charged twice");
    const full = await runCliCaptured(["render", "--json", "--no-mask", "--analysis", file]);
    expect(full.stdout).toContain("+1 415 555 0123");
    expect(full.stdout).not.toContain(HOSTILE_TEXT.slice(0, 10));
  });

  it("with the contact: a More transcript button, and --page renders that page", async () => {
    const file = saved("long.json", longCallAnalysis(100));
    const section = await runCliCaptured(["render", "--json", "--analysis", file, FIXTURE]);
    expect(section.stdout).toContain("conversation_more");
    const page = await runCliCaptured([
      "render",
      "--json",
      "--analysis",
      file,
      "--page",
      "2",
      FIXTURE,
    ]);
    expect(page.code).toBe(0);
    expect(page.stdout).toContain("turns 21–40 of 100");
    expect(page.stdout).toContain('\\"p\\":3');
  });

  it("refuses what is not an analysis, and options that do not go with it", async () => {
    const bad = await runCliCaptured(["render", "--analysis", saved("bad.json", { events: [] })]);
    expect(bad.code).toBe(1);
    expect(bad.stderr).toContain("is not a Contact Lens analysis file");
    const mixed = await runCliCaptured(["render", "--analysis", "x.json", "--section", "agent"]);
    expect(mixed.code).toBe(2);
    const page = await runCliCaptured(["render", "--page", "2", FIXTURE]);
    expect(page.code).toBe(2);
    expect(page.stderr).toContain("--page N pages the transcript of --analysis FILE");
    const zero = await runCliCaptured(["render", "--analysis", "x.json", "--page", "0"]);
    expect(zero.stderr).toContain("--page must be 1 or more");
  });
});
