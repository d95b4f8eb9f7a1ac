import { WebClient } from "@slack/web-api";
import { afterEach, describe, expect, it } from "vitest";
import { createMemoryCache } from "../../src/cache/memory-cache.js";
import { createLogger } from "../../src/logger.js";
import { createMetrics } from "../../src/metrics.js";
import { createUserTimeZones } from "../../src/slack/user-time-zones.js";
import { webClientOptions } from "../../src/slack/web-client-options.js";
import { logCapture } from "../ops/log-capture.js";
import { type FakeSlack, startFakeSlack } from "../support/fake-slack.js";

const logger = createLogger({ level: "warn", destination: logCapture() });
let slack: FakeSlack | undefined;

afterEach(async () => {
  await slack?.stop();
  slack = undefined;
});

async function setup() {
  slack = await startFakeSlack();
  slack.setTimeZone("U1", "America/Chicago");
  slack.setTimeZone("U3", "Not/AZone");
  const cache = createMemoryCache();
  const metrics = createMetrics();
  const client = new WebClient(
    "xoxb-static",
    webClientOptions({ apiUrl: `${slack.url}/api`, timeoutMs: 2000, logger }),
  );
  const zones = createUserTimeZones({ client, cache, ttlSeconds: 60, logger, metrics });
  return { zones, slack, metrics };
}

const infoCalls = (s: FakeSlack) => s.calls.filter((c) => c.method === "users.info").length;

describe("createUserTimeZones", () => {
  it("reads users.info once per user, concurrent lookups included, then answers from the cache", async () => {
    const { zones, slack } = await setup();
    const first = await Promise.all([zones.zoneOf("U1"), zones.zoneOf("U1")]);
    expect(first).toEqual(["America/Chicago", "America/Chicago"]);
    expect(await zones.zoneOf("U1")).toBe("America/Chicago");
    expect(infoCalls(slack)).toBe(1);
  });

  it("reads UTC for a user without a zone, an invalid zone, or no user", async () => {
    const { zones } = await setup();
    expect(await zones.zoneOf("U2")).toBe("UTC");
    expect(await zones.zoneOf("U3")).toBe("UTC");
    expect(await zones.zoneOf(undefined)).toBe("UTC");
  });

  it("answers UTC when Slack fails, counts the error and asks again next time", async () => {
    const { zones, slack, metrics } = await setup();
    slack.failNext("users.info", "ratelimited_custom");
    expect(await zones.zoneOf("U1")).toBe("UTC");
    expect(await zones.zoneOf("U1")).toBe("America/Chicago");
    expect(infoCalls(slack)).toBe(2);
    expect((await metrics.render()).body).toMatch(/method="users\.info"/);
  });
});
