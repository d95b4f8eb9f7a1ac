import { describe, expect, it } from "vitest";
import { loadConfig } from "../../src/config/config.js";

const BASE = {
  SLACK_SIGNING_SECRET: "secret",
  SLACK_BOT_TOKEN: "xoxb-1",
  CONNECT_INSTANCE_ID: "11111111-2222-3333-4444-555555555555",
  AWS_REGION: "eu-west-2",
};

describe("HTTP server settings", () => {
  it("defaults: 10 s to send a request, 2000 open connections, /metrics on PORT", () => {
    expect(loadConfig(BASE).http).toEqual({ requestTimeoutMs: 10_000, maxConnections: 2000 });
  });

  it("reads HTTP_REQUEST_TIMEOUT_MS, HTTP_MAX_CONNECTIONS and METRICS_PORT", () => {
    const config = loadConfig({
      ...BASE,
      HTTP_REQUEST_TIMEOUT_MS: "5000",
      HTTP_MAX_CONNECTIONS: "300",
      METRICS_PORT: "9464",
    });
    expect(config.http).toEqual({ requestTimeoutMs: 5000, maxConnections: 300, metricsPort: 9464 });
  });

  it.each([
    ["HTTP_REQUEST_TIMEOUT_MS", { HTTP_REQUEST_TIMEOUT_MS: "10" }],
    ["HTTP_MAX_CONNECTIONS", { HTTP_MAX_CONNECTIONS: "0" }],
    ["METRICS_PORT", { METRICS_PORT: "metrics" }],
    ["METRICS_PORT", { METRICS_PORT: "3000" }],
    ["METRICS_PORT", { PORT: "8080", METRICS_PORT: "8080" }],
  ])("names %s when it is invalid", (variable, env) => {
    expect(() => loadConfig({ ...BASE, ...env })).toThrow(variable);
  });

  it("takes METRICS_PORT=0 (a free port) even with PORT=0", () => {
    expect(loadConfig({ ...BASE, PORT: "0", METRICS_PORT: "0" }).http.metricsPort).toBe(0);
  });
});
