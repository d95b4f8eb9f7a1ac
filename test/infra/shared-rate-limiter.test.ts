import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createSharedRedis, type SharedRedis } from "../../src/cache/shared-redis.js";
import { loadConfig } from "../../src/config/config.js";
import { createRateLimiterFactory } from "../../src/infra/rate-limiter-factory.js";
import { type RedisServer, startRedis } from "../support/redis-server.js";

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
let server: RedisServer;
const opened: SharedRedis[] = [];
let prefixes = 0;

beforeAll(async () => {
  server = await startRedis();
});
afterAll(async () => {
  for (const redis of opened) redis.client.disconnect();
  await server.stop();
});

/** One replica's Redis connection, on `url`, under the key prefix of the test. */
async function replica(prefix: string, url = server.url): Promise<SharedRedis> {
  const config = loadConfig({
    SLACK_SIGNING_SECRET: "s",
    SLACK_BOT_TOKEN: "xoxb-1",
    CONNECT_INSTANCE_ID: "11111111-2222-3333-4444-555555555555",
    AWS_REGION: "eu-west-2",
    REDIS_URL: url,
    REDIS_KEY_PREFIX: prefix,
  });
  const redis = createSharedRedis(config)!;
  opened.push(redis);
  await redis.ready(2000);
  return redis;
}

function recorder() {
  const lines: string[] = [];
  const logger = {
    info: (_o: object, msg: string) => lines.push(`info ${msg}`),
    warn: (_o: object, msg: string) => lines.push(`warn ${msg}`),
  };
  return { lines, logger };
}

describe("the Connect quota shared through Redis", () => {
  it("is one bucket for every replica, per operation", async () => {
    const prefix = `p${prefixes++}:`;
    const [a, b] = [await replica(prefix), await replica(prefix)];
    const spec = { ratePerSecond: 1, burst: 2 };
    const onA = createRateLimiterFactory({ redis: a, replicas: 2 })("connect", spec);
    const onB = createRateLimiterFactory({ redis: b, replicas: 2 })("connect", spec);
    let granted = 0;
    for (const limiter of [onA("DescribeContact"), onB("DescribeContact")]) {
      for (let i = 0; i < 3; i++) void limiter.acquire().then(() => granted++);
    }
    // The next token is a second away: only the burst of the one shared bucket is granted.
    await sleep(300);
    expect(granted).toBe(2);
    // Another operation has a bucket of its own.
    await onB("DescribeUser").acquire();
  });

  it("serves a person on one replica before alert threads waiting on another", async () => {
    const prefix = `p${prefixes++}:`;
    const [a, b] = [await replica(prefix), await replica(prefix)];
    const spec = { ratePerSecond: 4, burst: 1 };
    // B comes back for its token later than A: on its own that would hand A's alerts the tokens.
    const onA = createRateLimiterFactory({ redis: a, replicas: 2 })("connect", spec)("Op");
    const onB = createRateLimiterFactory({ redis: b, replicas: 2 })("connect", {
      ...spec,
      guardMs: 100,
    })("Op");
    await onA.acquire();
    const order: string[] = [];
    const alerts = [1, 2, 3].map((n) =>
      onA.acquire(undefined, { background: true }).then(() => order.push(`alert-${n}`)),
    );
    await sleep(20);
    const person = onB.acquire().then(() => order.push("person"));
    await Promise.all([...alerts, person]);
    expect(order[0]).toBe("person");
  });

  it("falls back to this replica's share of the quota while Redis is down, and says so once", async () => {
    const down = await replica(`p${prefixes++}:`, "redis://127.0.0.1:1");
    const { lines, logger } = recorder();
    const factory = createRateLimiterFactory({ redis: down, replicas: 2, logger });
    const limiter = factory("connect", { ratePerSecond: 1, burst: 4 })("DescribeContact");
    let granted = 0;
    for (let i = 0; i < 4; i++) void limiter.acquire().then(() => granted++);
    await sleep(300);
    // Burst 4 shared by 2 replicas: 2 each.
    expect(granted).toBe(2);
    expect(lines.filter((l) => l.startsWith("warn"))).toHaveLength(1);
  });

  it("without Redis splits the quota by CONNECT_REPLICAS", async () => {
    const limiter = createRateLimiterFactory({ replicas: 3 })("connect", {
      ratePerSecond: 1,
      burst: 6,
    })("DescribeContact");
    let granted = 0;
    for (let i = 0; i < 6; i++) void limiter.acquire().then(() => granted++);
    await sleep(100);
    expect(granted).toBe(2);
  });
});
