import { type ChildProcess, spawn } from "node:child_process";
import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createRedisClient, type RedisClient } from "../../src/cache/redis-client.js";
import { freePort } from "../support/free-port.js";
import { postSigned, slashCommandBody } from "../support/slack-request.js";
import { eventually } from "./eventually.js";
import { BOT_TOKEN, type Harness, SIGNING_SECRET, startHarness, textOf } from "./harness.js";
import { seedFresh, timedAsk } from "./lookups.js";
import { TEST_INSTANCE_ID } from "./seed.js";

const PREFIX = `lock-${randomUUID().slice(0, 8)}:`;

let base: Harness;
let raw: RedisClient;
let child: ChildProcess | undefined;
beforeAll(async () => {
  base = await startHarness({ env: { REDIS_KEY_PREFIX: PREFIX } });
  raw = createRedisClient(base.redis!.url);
});
afterAll(async () => {
  child?.kill("SIGKILL");
  raw?.disconnect();
  await base?.stop();
});

/** Another replica as its own process (the bot as `npm start` would run it, from source). */
async function startReplicaProcess(): Promise<{ url: string; process: ChildProcess }> {
  const port = await freePort();
  const spawned = spawn(process.execPath, ["--import", "tsx", "src/app.ts"], {
    stdio: "ignore",
    env: {
      PATH: process.env.PATH,
      MAX_ANSWER_DELAY_MS: "600000",
      MAX_EVENT_DELAY_MS: "600000",
      SLACK_SIGNING_SECRET: SIGNING_SECRET,
      SLACK_BOT_TOKEN: BOT_TOKEN,
      SLACK_API_URL: `${base.slack.url}/api/`,
      PORT: String(port),
      CONNECT_INSTANCE_ID: TEST_INSTANCE_ID,
      AWS_REGION: "us-east-1",
      AWS_ENDPOINT_URL_CONNECT: base.connect.url,
      AWS_ACCESS_KEY_ID: "test",
      AWS_SECRET_ACCESS_KEY: "test",
      AWS_EC2_METADATA_DISABLED: "true",
      REDIS_URL: base.redis!.url,
      REDIS_KEY_PREFIX: PREFIX,
      // It must still be waiting on Connect when it is killed.
      CONNECT_TIMEOUT_MS: "60000",
    },
  });
  const url = `http://127.0.0.1:${port}`;
  await eventually(async () => (await fetch(`${url}/readyz`)).status === 200, 20_000);
  return { url, process: spawned };
}

describe("a replica killed while it holds a contact's lock", () => {
  it("lets the lock expire, and another replica then answers within the person's deadline", async () => {
    const replica = await startReplicaProcess();
    child = replica.process;
    const [id] = seedFresh(base, 1);
    base.connect.hangNext("DescribeContact");
    const body = slashCommandBody({ text: id!, responseUrl: base.slack.responseUrl() });
    const ack = await postSigned(`${replica.url}/slack/events`, body, { secret: SIGNING_SECRET });
    expect(ack.status).toBe(200);
    const lockKey = `${PREFIX}lock:contact:*:${id}`;
    await eventually(async () => (await raw.get(lockKey)) !== null);
    await eventually(async () => base.connect.count("DescribeContact") === 1);
    child.kill("SIGKILL");

    // A short lock, renewed only while its holder lives.
    const ttl = await raw.pttl(lockKey);
    expect(ttl).toBeGreaterThan(0);
    expect(ttl).toBeLessThanOrEqual(3000);
    const { answer } = await timedAsk(base, id!);
    expect(textOf(answer)).toContain(id);
    expect(base.connect.count("DescribeContact")).toBe(2);
  }, 40_000);
});
