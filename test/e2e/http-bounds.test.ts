import { describe, expect, it } from "vitest";
import { openRaw } from "../support/raw-socket.js";
import { useHarness } from "./harness.js";

const h = useHarness({
  redis: false,
  env: { METRICS_PORT: "0", HTTP_MAX_CONNECTIONS: "4", HTTP_REQUEST_TIMEOUT_MS: "2000" },
});
/** Each request on a connection of its own, closed after: kept-alive ones would count. */
const get = (url: string) => fetch(url, { headers: { connection: "close" } });
const metricsUrl = () => `http://127.0.0.1:${h.bot.metricsPort}/metrics`;

describe("HTTP bounds", () => {
  it("closes connections beyond HTTP_MAX_CONNECTIONS at once, and counts them", async () => {
    const port = h.bot.port;
    const connections = await Promise.all(Array.from({ length: 5 }, () => openRaw(port)));
    await Promise.race(connections.map((c) => c.closed));
    expect(connections.filter((c) => !c.isClosed())).toHaveLength(4);
    for (const c of connections) c.socket.destroy();
    await Promise.all(connections.map((c) => c.closed));
    const metrics = await (await get(metricsUrl())).text();
    expect(metrics).toMatch(/^ccb_overload_refused_total\{reason="connections"\} 1$/m);
  });

  it("closes a connection whose headers trickle in past HTTP_REQUEST_TIMEOUT_MS", async () => {
    const slow = await openRaw(h.bot.port);
    slow.socket.write("POST /slack/events HTTP/1.1\r\nHost: 127.0.0.1\r\nX-Slack-Signature: v0=");
    await slow.closed;
    expect(slow.received()).toMatch(/^HTTP\/1\.1 408/);
  });

  it("serves /metrics on METRICS_PORT alone, and the probes on PORT only", async () => {
    expect(h.bot.metricsPort).toEqual(expect.any(Number));
    expect(h.bot.metricsPort).not.toBe(h.bot.port);
    const metrics = await get(metricsUrl());
    expect(metrics.status).toBe(200);
    expect(await metrics.text()).toContain("ccb_in_flight");
    expect((await get(`${h.baseUrl}/metrics`)).status).toBe(404);
    expect((await get(`${h.baseUrl}/healthz`)).status).toBe(200);
    expect((await get(metricsUrl().replace("/metrics", "/healthz"))).status).toBe(404);
  });
});
