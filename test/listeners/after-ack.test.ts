import { expect, it } from "vitest";
import { loadConfig } from "../../src/config/config.js";
import type { Deps } from "../../src/deps.js";
import { afterAck } from "../../src/listeners/after-ack.js";
import { contactCommand } from "../../src/listeners/commands/contact-command.js";
import { createLogger } from "../../src/observability/logger.js";
import { resolvedRecordOf, VOICE_INBOUND } from "../fixtures/contacts.js";

const config = loadConfig({
  SLACK_SIGNING_SECRET: "s",
  SLACK_BOT_TOKEN: "xoxb-1",
  CONNECT_INSTANCE_ID: "11111111-2222-3333-4444-555555555555",
  AWS_REGION: "us-east-1",
});

it("acks every request that has arrived before any starts its lookup", async () => {
  const events: string[] = [];
  const deps = {
    config,
    logger: createLogger({ level: "silent" }),
    metrics: { lookups: { inc: () => {} } },
    contacts: {
      lookup: async () => {
        events.push("lookup");
        return { record: resolvedRecordOf(VOICE_INBOUND), cacheHit: true };
      },
    },
  } as unknown as Deps;
  const listener = contactCommand(deps);
  const run = (name: string) =>
    listener({
      ack: async () => {
        events.push(`ack ${name}`);
      },
      respond: async () => ({}),
      command: { text: VOICE_INBOUND.Id },
      context: {},
    } as unknown as Parameters<typeof listener>[0]);
  const first = run("1");
  // The second request arrives as the next I/O event, while the first is being handled.
  const second = new Promise((resolve) => setImmediate(() => resolve(run("2"))));
  await Promise.all([first, second]);
  expect(events.slice(0, 2)).toEqual(["ack 1", "ack 2"]);
});

it("starts acknowledged requests oldest first", async () => {
  const started: number[] = [];
  const all = Array.from({ length: 100 }, (_, i) => afterAck().then(() => started.push(i)));
  await Promise.all(all);
  expect(started).toEqual([...started].sort((a, b) => a - b));
});
