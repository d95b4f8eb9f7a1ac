import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type ConnectEmulator, startConnectEmulator } from "../support/connect-emulator.js";
import { type FakeSlack, startFakeSlack } from "../support/fake-slack.js";
import { type RedisServer, startRedis } from "../support/redis-server.js";
import { type Harness, startHarness, textOf } from "./harness.js";
import { seedFresh, timedAsk } from "./lookups.js";
import { seedConnect } from "./seed.js";
import { alertEnv, alertMessage, freshTs, threadPosts } from "./surface-support.js";

const RPS = 2;
const BURST = 5;
const PREFIX = `quota-${randomUUID().slice(0, 8)}:`;

let redis: RedisServer;
let connect: ConnectEmulator;
let slack: FakeSlack;
let replicas: Harness[];
beforeAll(async () => {
  [redis, slack] = await Promise.all([startRedis(), startFakeSlack()]);
  // The emulator enforces Connect's own quota: a throttled call means the replicas overspent it.
  connect = await startConnectEmulator({ rateLimit: { rps: RPS, burst: BURST } });
  seedConnect(connect);
  const env = alertEnv(PREFIX, { CONNECT_MAX_RPS: String(RPS), CONNECT_BURST: String(BURST) });
  replicas = [];
  for (let i = 0; i < 3; i++) {
    replicas.push(await startHarness({ share: { redis, connect, slack }, env }));
  }
  // Warm: a replica's first call (credentials, connection) takes long enough from its token to
  // Connect that the emulator's bucket would see the burst late. Then let both buckets refill.
  for (const replica of replicas) await timedAsk(replica, seedFresh(replica, 1)[0]!);
  await new Promise((r) => setTimeout(r, (BURST / RPS) * 1000));
  connect.reset();
});
afterAll(async () => {
  for (const replica of replicas ?? []) await replica.stop();
  await Promise.all([redis?.stop(), connect?.stop(), slack?.stop()]);
});

/** The most calls of `operation` within any one second. */
function busiestSecond(operation: string): number {
  const times = connect.calls.filter((c) => c.operation === operation).map((c) => c.at);
  return Math.max(0, ...times.map((t) => times.filter((u) => u >= t && u < t + 1000).length));
}

describe("three replicas sharing one Redis", () => {
  it("stay within one Connect quota and describe each contact once, people first", async () => {
    const ids = seedFresh(replicas[0]!, 20);
    // 60 alerts round-robin: each contact's three alerts reach three different replicas at once.
    const storm = Array.from({ length: 60 }, (_, i) => ({
      ts: freshTs(),
      text: `alarm #${i}: contact ${ids[i % ids.length]} failed`,
      replica: replicas[i % 3]!,
    }));
    const acks = await Promise.all(
      storm.map(({ ts, text, replica }) => replica.event(alertMessage(ts, text, { user: "U42" }))),
    );
    expect(acks.every((a) => a.status === 200)).toBe(true);

    // A person asks meanwhile, on a replica of their own: they go before the alert threads.
    await slack.waitFor(() => connect.count("DescribeContact") >= BURST + 2, 10_000);
    const [person] = seedFresh(replicas[0]!, 1);
    const asked = connect.count("DescribeContact");
    const { answer } = await timedAsk(replicas[2]!, person!);
    expect(textOf(answer)).toContain(person);
    const personCall = connect.calls
      .filter((c) => c.operation === "DescribeContact")
      .findIndex((c) => c.path.endsWith(person!));
    expect(personCall - asked).toBeLessThanOrEqual(2);

    // Nor does a person wait for an alert thread on another replica that queues for the same
    // contact: the last one of the storm, still far back in the queue.
    const queued = ids.at(-1)!;
    const { answer: meanwhile } = await timedAsk(replicas[1]!, queued);
    expect(textOf(meanwhile)).toContain(queued);
    expect(textOf(meanwhile)).toContain("contact_section_");

    await slack.waitFor(
      () => storm.every(({ ts }) => threadPosts({ slack }, ts).length === 1),
      40_000,
    );
    // One per contact; the person's own, and the queued one asked by the person as well.
    expect(connect.count("DescribeContact")).toBe(ids.length + 2);
    expect(connect.throttled).toBe(0);
    expect(busiestSecond("DescribeContact")).toBeLessThanOrEqual(BURST + RPS);
  }, 60_000);
});
