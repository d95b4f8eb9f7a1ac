import { describe, expect, it } from "vitest";
import type { Deps } from "../../src/deps.js";
import { ContactNotFoundError } from "../../src/domain/errors.js";
import { auditedLookup } from "../../src/listeners/audited-lookup.js";
import { createLogger } from "../../src/observability/logger.js";
import { resolvedRecordOf, VOICE_INBOUND } from "../fixtures/contacts.js";
import { logCapture } from "../support/log-capture.js";

const INFO = { surface: "action", teamId: "T1", userId: "U1", channelId: "C1" } as const;

function setup(lookup: Deps["contacts"]["lookup"]) {
  const destination = logCapture();
  const counted: unknown[] = [];
  const deps = {
    logger: createLogger({ level: "warn", destination }),
    metrics: { lookups: { inc: (labels: unknown) => counted.push(labels) } },
    contacts: { lookup },
  } as unknown as Pick<Deps, "contacts" | "logger" | "metrics">;
  return { read: auditedLookup(deps, INFO), destination, counted };
}

describe("auditedLookup", () => {
  const record = resolvedRecordOf(VOICE_INBOUND);
  const ref = { contactId: VOICE_INBOUND.Id ?? "", instanceId: record.instanceId };

  it("writes one audit line and one metric for a contact read, naming who asked where", async () => {
    const { read, destination, counted } = setup(async () => ({ record, cacheHit: true }));
    await read(ref);
    expect(destination.lines()).toHaveLength(1);
    expect(destination.lines()[0]).toMatchObject({
      audit: { surface: "action", team: "T1", user: "U1", channel: "C1", outcome: "ok" },
    });
    expect(counted).toEqual([{ surface: "action", outcome: "ok" }]);
  });

  it("writes one line with the error's code for a failed read, and rethrows", async () => {
    const missing = new ContactNotFoundError(ref.contactId, [ref.instanceId]);
    const { read, destination, counted } = setup(async () => {
      throw missing;
    });
    await expect(read(ref)).rejects.toBe(missing);
    expect(destination.lines()).toHaveLength(1);
    expect(destination.lines()[0]).toMatchObject({ audit: { outcome: "CONTACT_NOT_FOUND" } });
    expect(counted).toEqual([{ surface: "action", outcome: "CONTACT_NOT_FOUND" }]);
  });
});
