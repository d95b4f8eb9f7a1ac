import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { voiceFlowEntries } from "../fixtures/flow-logs.js";
import { FIXTURE, runCliCaptured } from "./run-cli-captured.js";

const CONTACT_ID = "6f1a2b3c-4d5e-4f60-8a7b-9c0d1e2f3a4b";
const dir = mkdtempSync(join(tmpdir(), "ccb-flow-"));

/** `aws logs filter-log-events` output for the fixture's contact. */
function savedFlowLogs(): string {
  const file = join(dir, "flow.json");
  const events = voiceFlowEntries(CONTACT_ID).map((entry, i) => ({
    logStreamName: "stream",
    timestamp: Date.parse(String(entry.Timestamp)),
    message: JSON.stringify(entry),
    eventId: String(i),
  }));
  writeFileSync(file, JSON.stringify({ events, searchedLogStreams: [] }));
  return file;
}

describe("render --flow-logs", () => {
  it("opens the Flow section from saved log events, offline", async () => {
    const { code, stdout, stderr } = await runCliCaptured([
      "render",
      "--json",
      "--flow-logs",
      savedFlowLogs(),
      FIXTURE,
    ]);
    expect({ code, stderr }).toEqual({ code: 0, stderr: "" });
    expect(stdout).toContain("*Acme Main IVR*");
    expect(stdout).toContain("Invoke Lambda · function lookupCustomer");
    expect(stdout).toContain("Lambda *lookupCustomer* failed in flow *Acme Main IVR*");
    expect(stdout).toContain("+1••••••0123");
  });

  it("refuses --section flow without the logs, and a file that holds no events", async () => {
    const bare = await runCliCaptured(["render", "--section", "flow", FIXTURE]);
    expect(bare.code).toBe(2);
    expect(bare.stderr).toContain("--flow-logs FILE");
    const file = join(dir, "bad.json");
    writeFileSync(file, JSON.stringify({ nope: true }));
    const bad = await runCliCaptured(["render", "--flow-logs", file, FIXTURE]);
    expect(bad.code).toBe(1);
    expect(bad.stderr).toContain("holds no log events");
  });
});
