import {
  type Contact,
  DescribeContactCommand,
  InternalServiceException,
} from "@aws-sdk/client-connect";
import { describe, expect, it } from "vitest";
import { MAX_CHAIN_LEGS } from "../../src/connect/contact-chain.js";
import { contact, contactId, setup } from "./fixtures.js";

const [C1, C2, C3, C4] = [1, 2, 3, 4].map(contactId) as [string, string, string, string];

function at(minute: number): Date {
  return new Date(Date.UTC(2025, 2, 1, 10, minute));
}

/** A service whose instance A holds exactly `contacts`. */
function withContacts(contacts: Contact[]) {
  const ctx = setup();
  for (const c of contacts) {
    ctx.eu.on(DescribeContactCommand, { ContactId: c.Id }).resolves({ Contact: c });
  }
  return ctx;
}

describe("chain", () => {
  it("walks a transfer back to the first contact and returns the legs oldest first", async () => {
    const { service } = withContacts([
      contact(C1, { InitiationTimestamp: at(0), InitialContactId: C1 }),
      contact(C2, { InitiationTimestamp: at(5), PreviousContactId: C1, InitialContactId: C1 }),
      contact(C3, { InitiationTimestamp: at(9), PreviousContactId: C2, InitialContactId: C1 }),
    ]);
    const { record } = await service.lookup({ contactId: C3 });
    const legs = await service.chain(record);
    expect(legs.map((l) => l.contactId)).toEqual([C1, C2, C3]);
    expect(legs.every((l) => l.record && !l.missing)).toBe(true);
    expect(legs[2]!.record).toBe(record);
  });

  it("includes the initial and related contacts when the previous links do not reach them", async () => {
    const { service } = withContacts([
      contact(C1, { InitiationTimestamp: at(0) }),
      contact(C2, { InitiationTimestamp: at(5), InitialContactId: C1, RelatedContactId: C4 }),
      contact(C4, { InitiationTimestamp: at(30) }),
    ]);
    const { record } = await service.lookup({ contactId: C2 });
    expect((await service.chain(record)).map((l) => l.contactId)).toEqual([C1, C2, C4]);
  });

  it("stops at a cycle and marks it", async () => {
    const { service } = withContacts([
      contact(C2, { InitiationTimestamp: at(5), PreviousContactId: C3 }),
      contact(C3, { InitiationTimestamp: at(9), PreviousContactId: C2 }),
    ]);
    const { record } = await service.lookup({ contactId: C3 });
    const legs = await service.chain(record);
    expect(legs).toEqual([
      { contactId: C3, missing: "cycle" },
      expect.objectContaining({ contactId: C2, record: expect.anything() }),
      expect.objectContaining({ contactId: C3, record }),
    ]);
  });

  it("marks a leg that no longer exists, and one that could not be read", async () => {
    const { service, eu } = withContacts([
      contact(C3, { InitiationTimestamp: at(9), PreviousContactId: C2, RelatedContactId: C4 }),
    ]);
    eu.on(DescribeContactCommand, { ContactId: C4 }).rejects(
      new InternalServiceException({ message: "boom", $metadata: {} }),
    );
    const { record } = await service.lookup({ contactId: C3 });
    expect(await service.chain(record)).toEqual([
      { contactId: C2, missing: "not_found" },
      expect.objectContaining({ contactId: C3 }),
      { contactId: C4, missing: "error" },
    ]);
  });

  it(`stops after ${MAX_CHAIN_LEGS} legs`, async () => {
    const contacts = Array.from({ length: 30 }, (_, i) =>
      contact(contactId(100 + i), {
        InitiationTimestamp: at(i),
        PreviousContactId: i > 0 ? contactId(99 + i) : undefined,
      }),
    );
    const { service } = withContacts(contacts);
    const { record } = await service.lookup({ contactId: contactId(129) });
    const legs = await service.chain(record);
    expect(legs).toHaveLength(MAX_CHAIN_LEGS);
    expect(legs.at(-1)!.contactId).toBe(contactId(129));
  });
});
