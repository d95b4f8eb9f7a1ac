import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createCache } from "../../src/cache/create-cache.js";
import { createSharedRedis } from "../../src/cache/shared-redis.js";
import { loadConfig } from "../../src/config/config.js";
import { type RedisServer, startRedis } from "../support/redis-server.js";
import { waitFor } from "../support/wait-for.js";

let server: RedisServer;
beforeAll(async () => {
  server = await startRedis();
});
afterAll(async () => {
  await server.stop();
});

describe("createCache", () => {
  it("is in-process without a Redis URL", async () => {
    const cache = createCache({});
    expect(cache.state()).toBe("memory");
    await cache.close();
  });

  it("uses Redis when a URL is given", async () => {
    const config = loadConfig({
      SLACK_SIGNING_SECRET: "s",
      SLACK_BOT_TOKEN: "xoxb-1",
      CONNECT_INSTANCE_ID: "11111111-2222-3333-4444-555555555555",
      AWS_REGION: "eu-west-2",
      REDIS_URL: server.url,
      REDIS_KEY_PREFIX: "p:",
    });
    const cache = createCache({ redis: createSharedRedis(config) });
    await waitFor(() => cache.state() === "redis");
    await cache.close();
  });
});
