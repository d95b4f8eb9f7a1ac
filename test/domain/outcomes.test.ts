import type { Contact } from "@aws-sdk/client-connect";
import { describe, expect, it } from "vitest";
import { contactStatus } from "../../src/domain/contact-status.js";
import {
  isAbandoned,
  isLongWait,
  matchesOutcomes,
  momentsOfContact,
  queueWaitSeconds,
} from "../../src/domain/outcomes.js";
import type { FoundContact } from "../../src/domain/search/found-contact.js";
import { OUTCOMES } from "../../src/domain/search/search-query.js";

const NOW = Date.UTC(2024, 4, 1, 12, 0, 0);
const T0 = NOW - 600_000;
const maybe = (ms: number) => [undefined, ms];

/** Every mix of enqueued / answered / ended, as a search summary and as the full contact. */
const cases = maybe(T0 + 10_000).flatMap((enqueuedMs) =>
  maybe(T0 + 100_000).flatMap((connectedMs) =>
    maybe(T0 + 400_000).flatMap((endMs) =>
      [undefined, "TRANSFER", "INBOUND"].map((method) => ({
        enqueuedMs,
        connectedMs,
        endMs,
        method,
      })),
    ),
  ),
);
const at = (ms: number | undefined) => (ms === undefined ? undefined : new Date(ms));

describe("outcomes, defined once", () => {
  it.each(cases)("judge a summary and its contact alike: %j", (moments) => {
    const found: FoundContact = { instanceId: "i", id: "c", ...moments };
    const contact: Contact = {
      InitiationMethod: moments.method as Contact["InitiationMethod"],
      QueueInfo: { EnqueueTimestamp: at(moments.enqueuedMs) },
      AgentInfo: { ConnectedToAgentTimestamp: at(moments.connectedMs) },
      DisconnectTimestamp: at(moments.endMs),
    };
    const full = momentsOfContact(contact);
    expect(isAbandoned(full)).toBe(isAbandoned(found));
    expect(queueWaitSeconds(full, NOW)).toBe(queueWaitSeconds(found, NOW));
    for (const wait of [60, 390]) {
      expect(isLongWait(full, wait, NOW)).toBe(isLongWait(found, wait, NOW));
      for (const outcome of OUTCOMES) {
        expect(matchesOutcomes(full, [outcome], wait, NOW)).toBe(
          matchesOutcomes(found, [outcome], wait, NOW),
        );
      }
    }
    const status =
      moments.endMs === undefined ? "in_progress" : isAbandoned(found) ? "abandoned" : "ended";
    expect(contactStatus(contact)).toBe(status);
  });

  it("waits until now while nobody answered and the contact goes on", () => {
    expect(queueWaitSeconds({ enqueuedMs: NOW - 90_000 }, NOW)).toBe(90);
    expect(isLongWait({ enqueuedMs: NOW - 90_000 }, 60, NOW)).toBe(true);
    expect(isLongWait({}, 60, NOW)).toBe(false);
  });

  it("reads timestamps that came back from JSON, and counts an unreadable one as there", () => {
    const contact = { DisconnectTimestamp: "2024-05-01T11:59:00.000Z" } as unknown as Contact;
    expect(momentsOfContact(contact).endMs).toBe(NOW - 60_000);
    const garbled = { QueueInfo: { EnqueueTimestamp: "soon" }, DisconnectTimestamp: new Date(NOW) };
    const moments = momentsOfContact(garbled as unknown as Contact);
    expect(isAbandoned(moments)).toBe(true);
    expect(isLongWait(moments, 1, NOW)).toBe(false);
  });
});
