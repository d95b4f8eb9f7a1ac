import { describe, expect, it } from "vitest";
import { type AuditEntry, audit } from "../../src/observability/audit.js";
import { createLogger } from "../../src/observability/logger.js";
import { logCapture } from "../support/log-capture.js";

const ENTRY: AuditEntry = {
  surface: "command",
  team: "T0001",
  user: "U0001",
  channel: "C0001",
  instance: "11111111-2222-3333-4444-555555555555",
  contactId: "6f0b9b5e-1234-4d2a-9d0e-3a9b5f0c1d2e",
  outcome: "ok",
  latencyMs: 12.6,
  cacheHit: true,
};

describe("audit", () => {
  it("writes exactly one JSON line with every field and an ISO time", () => {
    const destination = logCapture();
    audit(
      createLogger({ level: "info", destination }),
      ENTRY,
      () => new Date("2026-01-02T03:04:05.678Z"),
    );
    expect(destination.text().trim().split("\n")).toHaveLength(1);
    expect(destination.lines()[0]).toMatchObject({
      msg: "audit",
      audit: { ...ENTRY, latencyMs: 13, time: "2026-01-02T03:04:05.678Z" },
    });
  });

  it("copies only audit fields, whatever else the object carries", () => {
    const destination = logCapture();
    const contact = { CustomerEndpoint: { Address: "+15551230123" }, Name: "Jane Doe" };
    const entry = { ...ENTRY, ...contact, customer: "Jane Doe" };
    audit(createLogger({ level: "info", destination }), entry);
    const [line] = destination.lines() as Array<{ audit: Record<string, unknown> }>;
    expect(Object.keys(line?.audit ?? {}).sort()).toEqual([...Object.keys(ENTRY), "time"].sort());
    expect(destination.text()).not.toMatch(/Jane|5551230123|CustomerEndpoint/);
  });

  it("still writes when LOG_LEVEL is above info, but not when silent", () => {
    const loud = logCapture();
    audit(createLogger({ level: "error", destination: loud }), ENTRY);
    expect(loud.lines()).toHaveLength(1);
    const silent = logCapture();
    audit(createLogger({ level: "silent", destination: silent }), ENTRY);
    expect(silent.lines()).toHaveLength(0);
  });
});
