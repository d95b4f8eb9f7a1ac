import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { eventually } from "./eventually.js";
import { type Harness, startHarness } from "./harness.js";
import { seedFresh } from "./lookups.js";

let h: Harness;
beforeAll(async () => {
  h = await startHarness({ redis: false, env: { MAX_IN_FLIGHT: "1", CONNECT_TIMEOUT_MS: "2000" } });
});
afterAll(async () => {
  await h?.stop();
});

describe("overload", () => {
  it("refuses a request beyond MAX_IN_FLIGHT at once with 503, counted and logged", async () => {
    const [busy, refused] = seedFresh(h, 2);
    h.connect.hangNext("DescribeContact", 1);
    const first = await h.command(busy!);
    expect(first.status).toBe(200);
    // The first lookup hangs in Connect: one request in flight, the limit.
    const second = await h.command(refused!);
    expect(second.status).toBe(503);
    const metrics = await (await fetch(`${h.baseUrl}/metrics`)).text();
    expect(metrics).toMatch(/^ccb_overload_refused_total\{reason="in_flight"\} 1$/m);
    expect(h.logs).toContainEqual(
      expect.objectContaining({
        level: "warn",
        reason: "in_flight",
        msg: "overloaded: refusing Slack requests with 503",
      }),
    );
    // Once the first has been answered the bot takes requests again.
    await eventually(async () => h.slack.responses.length > 0, 10_000);
    await eventually(async () => (await h.command(refused!)).status === 200, 10_000);
  });

  it("still answers the probes while refusing", async () => {
    expect((await fetch(`${h.baseUrl}/healthz`)).status).toBe(200);
  });
});
