import type { Contact } from "@aws-sdk/client-connect";
import { AGENTS, INSTANCE_ARN, INSTANCE_ID, QUEUES } from "../fixtures/contacts.js";
import type { ConnectEmulator } from "../support/connect-emulator.js";

/** Contacts of the last hours (the fixtures' are from 2024), for searches relative to now. */
export const BILLING_SUPPORT = {
  id: "b5a1c0de-0000-4000-8000-00000000b111",
  name: "Billing Support",
};
export const OVERFLOW = { id: "0f0f0f0f-0000-4000-8000-00000000f222", name: "Overflow" };

const uuid = (n: number) => `5ea4c000-0000-4000-8000-${String(n).padStart(12, "0")}`;

export const FOUND = {
  abandoned: uuid(1),
  answered: uuid(2),
  chat: uuid(3),
  transfer: uuid(4),
  longWait: uuid(5),
  old: uuid(6),
} as const;

export const OVERFLOW_IDS = Array.from({ length: 25 }, (_, i) => uuid(100 + i));

function contact(id: string, minutesAgo: number, now: number, fields: Partial<Contact>): Contact {
  const at = (m: number) => new Date(now - m * 60_000);
  return {
    Id: id,
    Arn: `${INSTANCE_ARN}/contact/${id}`,
    InitialContactId: id,
    Channel: "VOICE",
    InitiationMethod: "INBOUND",
    InitiationTimestamp: at(minutesAgo),
    DisconnectTimestamp: at(minutesAgo - 3),
    ...fields,
  };
}

export function seedSearch(connect: ConnectEmulator, now = Date.now()): void {
  const at = (m: number) => new Date(now - m * 60_000);
  for (const queue of [BILLING_SUPPORT, OVERFLOW]) {
    connect.putQueue(INSTANCE_ID, {
      QueueId: queue.id,
      QueueArn: `${INSTANCE_ARN}/queue/${queue.id}`,
      Name: queue.name,
    });
  }
  const inQueue = (id: string, m: number) => ({ Id: id, EnqueueTimestamp: at(m) });
  const agent = (id: string, m: number) => ({ Id: id, ConnectedToAgentTimestamp: at(m) });
  const contacts = [
    // Hung up after 24 s in queue: abandoned, not a long wait.
    contact(FOUND.abandoned, 10, now, {
      QueueInfo: inQueue(BILLING_SUPPORT.id, 9.9),
      DisconnectTimestamp: at(9.5),
    }),
    contact(FOUND.answered, 20, now, {
      QueueInfo: inQueue(BILLING_SUPPORT.id, 19.9),
      AgentInfo: agent(AGENTS.jane.id, 19.5),
    }),
    contact(FOUND.chat, 30, now, {
      Channel: "CHAT",
      InitiationMethod: "API",
      QueueInfo: inQueue(QUEUES.support.id, 29.9),
      AgentInfo: agent(AGENTS.bob.id, 29.5),
    }),
    contact(FOUND.transfer, 40, now, {
      InitiationMethod: "TRANSFER",
      PreviousContactId: uuid(99),
      QueueInfo: inQueue(BILLING_SUPPORT.id, 39.9),
      AgentInfo: agent(AGENTS.bob.id, 39.5),
    }),
    contact(FOUND.longWait, 50, now, {
      QueueInfo: inQueue(BILLING_SUPPORT.id, 49.9),
      AgentInfo: agent(AGENTS.bob.id, 44),
      DisconnectTimestamp: at(40),
    }),
    contact(FOUND.old, 180, now, { QueueInfo: inQueue(BILLING_SUPPORT.id, 179.9) }),
    ...OVERFLOW_IDS.map((id, i) =>
      contact(id, 1 + i * 2, now, {
        QueueInfo: inQueue(OVERFLOW.id, 0.9 + i * 2),
        AgentInfo: agent(AGENTS.ahmed.id, 0.8 + i * 2),
      }),
    ),
  ];
  for (const c of contacts) connect.putContact(INSTANCE_ID, c);
  connect.putAttributes(INSTANCE_ID, FOUND.answered, { orderId: "A-77" });
  connect.setSearchableAttributes(INSTANCE_ID, ["orderId"]);
}
