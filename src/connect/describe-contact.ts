import { type ConnectClient, DescribeContactCommand } from "@aws-sdk/client-connect";
import type { InstanceRef } from "../config/config.js";
import type { ContactRecord } from "../domain/contact-record.js";
import type { Deadline } from "../infra/deadline.js";
import type { LimitedCall } from "../infra/limited-call.js";
import type { LookupResult } from "./contact-lookup.js";
import type { createContactStore, StoredContact } from "./contact-store.js";

/**
 * DescribeContact in each instance that may have the contact, in turn: the first answer is stored
 * and returned with its names; an instance that has no such contact is remembered as lacking it.
 */
export function createDescribeContact(deps: {
  api: LimitedCall;
  clients: { forRegion(region: string): ConnectClient };
  contacts: ReturnType<typeof createContactStore>;
  filterAttributes: (attributes: Record<string, string>) => Record<string, string>;
  withNames: (stored: StoredContact, deadline: Deadline) => Promise<ContactRecord>;
}) {
  const { api, clients, contacts, filterAttributes } = deps;

  async function describe(target: InstanceRef, contactId: string, deadline: Deadline) {
    const input = { InstanceId: target.instanceId, ContactId: contactId };
    const out = await api.send("DescribeContact", deadline, (abortSignal) =>
      clients.forRegion(target.region).send(new DescribeContactCommand(input), { abortSignal }),
    );
    return out?.Contact;
  }

  return async function describeContact(
    contactId: string,
    searchable: readonly InstanceRef[],
    deadline: Deadline,
    notFound: () => Error,
  ): Promise<LookupResult> {
    let failure: unknown;
    for (const target of searchable) {
      try {
        const described = await describe(target, contactId, deadline);
        if (described) {
          // Deny-listed attributes are not even counted (the store keeps only the count).
          const contact = described.Attributes
            ? { ...described, Attributes: filterAttributes(described.Attributes) }
            : described;
          const stored = await contacts.write(target, contactId, contact);
          return { record: await deps.withNames(stored, deadline), cacheHit: false };
        }
        await contacts.markMissing(target.instanceId, contactId);
      } catch (err) {
        // Another instance may still have it (e.g. access to only some instances).
        failure ??= err;
      }
    }
    throw failure ?? notFound();
  };
}
