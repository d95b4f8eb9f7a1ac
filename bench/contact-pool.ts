import type { Contact } from "@aws-sdk/client-connect";
import {
  ABANDONED_IN_QUEUE,
  CHAT,
  contactArn,
  EMAIL,
  INSTANCE_ID,
  VOICE_INBOUND,
} from "../test/fixtures/contacts.js";
import type { ConnectEmulator } from "../test/support/connect-emulator.js";

/**
 * Ended fixture contacts that only use the fixtures' queues and agents: once a fixture contact
 * has been looked up their names are cached, so a new contact costs exactly one DescribeContact.
 */
const TEMPLATES: readonly Contact[] = [VOICE_INBOUND, CHAT, EMAIL, ABANDONED_IN_QUEUE];

export interface ContactPool {
  /** Contact ids never asked for before (cold for the bot); throws when the pool runs dry. */
  take(count: number): string[];
  readonly size: number;
}

/** Seeds `size` contacts with new ids into the emulator, each also given to `seed` if any. */
export function createContactPool(
  connect: ConnectEmulator,
  size: number,
  options: {
    idPrefix?: string;
    templates?: readonly Contact[];
    seed?(contact: Contact): void;
  } = {},
): ContactPool {
  const { idPrefix = "b0", templates = TEMPLATES } = options;
  const benchContactId = (index: number) =>
    `${idPrefix}000000-0000-4000-8000-${index.toString(16).padStart(12, "0")}`;
  for (let index = 0; index < size; index++) {
    const template = templates[index % templates.length]!;
    const id = benchContactId(index);
    // No related ids: a chain or related lookup would spend Connect calls on other contacts.
    const { PreviousContactId: _p, RelatedContactId: _r, ...rest } = template;
    const contact = { ...rest, Id: id, Arn: contactArn(id), InitialContactId: id };
    connect.putContact(INSTANCE_ID, contact);
    options.seed?.(contact);
  }
  let next = 0;
  return {
    size,
    take(count) {
      if (next + count > size) throw new Error(`contact pool exhausted (${size} seeded)`);
      const ids = Array.from({ length: count }, (_, i) => benchContactId(next + i));
      next += count;
      return ids;
    },
  };
}
