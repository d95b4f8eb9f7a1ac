import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { CONTACT_IDS } from "../fixtures/contacts.js";
import { type ConnectEmulator, startConnectEmulator } from "../support/connect-emulator.js";
import { type FakeSlack, startFakeSlack } from "../support/fake-slack.js";
import { type RedisServer, startRedis } from "../support/redis-server.js";
import { type Harness, startHarness } from "./harness.js";
import { seedConnect } from "./seed.js";
import { ALERT_CHANNEL, alertMessage, freshTs, threadPosts } from "./surface-support.js";

let redis: RedisServer;
let connect: ConnectEmulator;
let slack: FakeSlack;
const replicas: Harness[] = [];
beforeAll(async () => {
  // Slack's own limit: about one chat.postMessage per second per channel, for the whole app.
  [redis, connect, slack] = await Promise.all([
    startRedis(),
    startConnectEmulator(),
    startFakeSlack({ rateLimitPerChannel: 1 }),
  ]);
  seedConnect(connect);
  const env = { ALERT_CHANNEL_IDS: ALERT_CHANNEL, REDIS_KEY_PREFIX: `pace-${randomUUID()}:` };
  for (let i = 0; i < 3; i++)
    replicas.push(await startHarness({ share: { redis, connect, slack }, env }));
});
afterAll(async () => {
  for (const replica of replicas) await replica.stop();
  await Promise.all([redis?.stop(), connect?.stop(), slack?.stop()]);
});

describe("alert-thread posts from three replicas to one channel", () => {
  it("share the channel's one post per second instead of each taking it", async () => {
    const alerts = Array.from({ length: 6 }, (_, i) => ({
      ts: freshTs(),
      replica: replicas[i % 3]!,
    }));
    await Promise.all(
      alerts.map(({ ts, replica }) =>
        replica.event(alertMessage(ts, `contact ${CONTACT_IDS.voiceInbound} dropped`)),
      ),
    );
    await slack.waitFor(
      () => alerts.every(({ ts }) => threadPosts({ slack }, ts).length === 1),
      20_000,
    );
    expect(slack.rateLimited).toBe(0);
  }, 30_000);
});
