import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createCache } from "../../src/cache/create-cache.js";
import { type RedisServer, startRedis } from "../support/redis-server.js";

let server: RedisServer;
beforeAll(async () => {
  server = await startRedis();
});
afterAll(async () => {
  await server.stop();
});

describe("createCache", () => {
  it("is in-process without a Redis URL", async () => {
    const cache = createCache({ keyPrefix: "p:" });
    expect(cache.state()).toBe("memory");
    await cache.close();
  });

  it("uses Redis when a URL is given", async () => {
    const cache = createCache({ redisUrl: server.url, keyPrefix: "p:" });
    const deadline = Date.now() + 3000;
    while (cache.state() !== "redis" && Date.now() < deadline) {
      await new Promise((r) => setTimeout(r, 25));
    }
    expect(cache.state()).toBe("redis");
    await cache.close();
  });
});
