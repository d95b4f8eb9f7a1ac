import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createCache } from "../../src/cache/create-cache.js";
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
    const cache = createCache({ keyPrefix: "p:" });
    expect(cache.state()).toBe("memory");
    await cache.close();
  });

  it("uses Redis when a URL is given", async () => {
    const cache = createCache({ redisUrl: server.url, keyPrefix: "p:" });
    await waitFor(() => cache.state() === "redis");
    await cache.close();
  });
});
