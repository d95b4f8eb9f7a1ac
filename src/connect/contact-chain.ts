import type { ChainLeg, ContactRecord } from "../domain/contact-record.js";
import { ContactNotFoundError } from "../domain/errors.js";
import type { ContactLookup } from "./contact-lookup.js";

/** Transfer chains are short; the cap bounds the calls a corrupt or looping chain can cost. */
export const MAX_CHAIN_LEGS = 20;

interface Placed {
  leg: ChainLeg;
  /** Sort key: the leg's start time, or a stand-in placing an unreadable leg by what it is. */
  at: number;
}

/**
 * The chain `start` belongs to, oldest leg first: PreviousContactId followed back to the first
 * contact, then the initial, related and associated contacts if not already met. Legs are read
 * with `lookup` (so from the cache when possible) in the start contact's instance.
 */
export async function walkContactChain(
  start: ContactRecord,
  lookup: ContactLookup,
): Promise<ChainLeg[]> {
  const placed: Placed[] = [];
  const seen = new Set<string>();
  const startedAt = (record: ContactRecord, fallback: number) =>
    record.contact.InitiationTimestamp?.getTime() ?? fallback;

  async function visit(contactId: string, fallbackAt: number): Promise<ContactRecord | undefined> {
    seen.add(contactId);
    try {
      const { record } = await lookup({
        contactId,
        instanceId: start.instanceId,
        region: start.region,
      });
      placed.push({ leg: { contactId, record }, at: startedAt(record, fallbackAt) });
      return record;
    } catch (err) {
      const missing = err instanceof ContactNotFoundError ? "not_found" : "error";
      placed.push({ leg: { contactId, missing }, at: fallbackAt });
      return undefined;
    }
  }

  const startId = (start.contact.Id ?? "").toLowerCase();
  seen.add(startId);
  placed.push({ leg: { contactId: startId, record: start }, at: startedAt(start, 0) });

  let current: ContactRecord | undefined = start;
  let currentAt = placed[0]!.at;
  while (current && placed.length < MAX_CHAIN_LEGS) {
    const previous = current.contact.PreviousContactId?.toLowerCase();
    if (!previous) break;
    // An unreadable previous leg still precedes the leg that names it.
    const before = currentAt - 0.5;
    if (seen.has(previous)) {
      placed.push({ leg: { contactId: previous, missing: "cycle" }, at: before });
      break;
    }
    current = await visit(previous, before);
    currentAt = placed.at(-1)!.at;
  }

  const { InitialContactId, RelatedContactId, ContactAssociationId } = start.contact;
  const others: [string | undefined, number][] = [
    [InitialContactId, Number.NEGATIVE_INFINITY],
    [RelatedContactId, Number.POSITIVE_INFINITY],
    [ContactAssociationId, Number.POSITIVE_INFINITY],
  ];
  for (const [id, fallbackAt] of others) {
    const contactId = id?.toLowerCase();
    if (!contactId || seen.has(contactId) || placed.length >= MAX_CHAIN_LEGS) continue;
    await visit(contactId, fallbackAt);
  }

  // Not `a.at - b.at`: Infinity - Infinity is NaN.
  return placed.sort((a, b) => (a.at < b.at ? -1 : a.at > b.at ? 1 : 0)).map((p) => p.leg);
}
