import { ConnectClient, type Contact } from "@aws-sdk/client-connect";
import { afterAll, beforeAll } from "vitest";
import type { InstanceRef } from "../../src/config/config.js";
import { createConnectClients } from "../../src/connect/connect-clients.js";
import { type ConnectEmulator, startConnectEmulator } from "../support/connect-emulator.js";
import { emulatorClientConfig } from "../support/emulator-client-config.js";

/** A contact with nested timestamps, and a ConnectClient aimed at an emulator with test credentials. */
export const INSTANCE = "11111111-2222-3333-4444-555555555555";
export const CONTACT_ID = "c0ffee00-0000-4000-8000-000000000001";

export const contact: Contact = {
  Id: CONTACT_ID,
  Arn: `arn:aws:connect:us-east-1:123456789012:instance/${INSTANCE}/contact/${CONTACT_ID}`,
  InitialContactId: CONTACT_ID,
  Channel: "VOICE",
  InitiationMethod: "INBOUND",
  InitiationTimestamp: new Date("2024-05-01T10:00:00.250Z"),
  DisconnectTimestamp: new Date("2024-05-01T10:07:30Z"),
  QueueInfo: { Id: "queue-1", EnqueueTimestamp: new Date("2024-05-01T10:00:05.5Z") },
  AgentInfo: { Id: "agent-1", ConnectedToAgentTimestamp: new Date("2024-05-01T10:01:00Z") },
  Attributes: { tier: "gold" },
};

export function connectClient(
  endpoint: string,
  extra: Partial<ConstructorParameters<typeof ConnectClient>[0]> = {},
) {
  return new ConnectClient({ ...emulatorClientConfig(endpoint), ...extra });
}

/**
 * A connect emulator and a ConnectClient aimed at it, for the tests of one describe block: started
 * and `seed`ed before them, both stopped after.
 */
export function emulatedConnect(seed: (emulator: ConnectEmulator) => void = () => {}) {
  const env = {} as { emulator: ConnectEmulator; connect: ConnectClient };
  beforeAll(async () => {
    env.emulator = await startConnectEmulator();
    env.connect = connectClient(env.emulator.url);
    seed(env.emulator);
  });
  afterAll(async () => {
    env.connect.destroy();
    await env.emulator.stop();
  });
  return env;
}

/** The bot's own ConnectClients (timeouts, retry gate), all aimed at an emulator. */
export function emulatorConnectClients(endpoint: string, instances: readonly InstanceRef[]) {
  return createConnectClients({
    timeoutMs: 1000,
    instances,
    factory: (_region, clientConfig) =>
      new ConnectClient({
        ...clientConfig,
        endpoint,
        credentials: { accessKeyId: "AKIDTEST", secretAccessKey: "secret" },
      }),
  });
}
