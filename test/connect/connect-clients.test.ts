import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { ConnectClient, DescribeContactCommand } from "@aws-sdk/client-connect";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { createConnectClients } from "../../src/connect/connect-clients.js";
import { UpstreamTimeoutError } from "../../src/domain/errors.js";
import { startDeadline } from "../../src/infra/deadline.js";
import { createLimitedCall } from "../../src/infra/limited-call.js";
import { createRateLimiter } from "../../src/infra/rate-limiter.js";

/** An HTTP server that accepts requests and never answers them. */
let server: Server;
let requests: number;
let endpoint: string;

beforeEach(async () => {
  requests = 0;
  server = createServer(() => {
    requests += 1;
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  endpoint = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterEach(() => {
  server.closeAllConnections();
  server.close();
});

function clientsAgainstServer(timeoutMs: number, maxAttempts: number) {
  return createConnectClients({
    timeoutMs,
    maxAttempts,
    instances: [{ instanceId: "i", region: "eu-west-2" }],
    factory: (_region, config) =>
      new ConnectClient({
        ...config,
        endpoint,
        credentials: { accessKeyId: "AKIDTEST", secretAccessKey: "secret" },
      }),
  });
}

describe("createConnectClients", () => {
  it("creates one client per configured region, lazily", () => {
    const created: string[] = [];
    const clients = createConnectClients({
      timeoutMs: 1000,
      instances: [
        { instanceId: "a", region: "eu-west-2" },
        { instanceId: "b", region: "us-east-1" },
      ],
      factory: (region, config) => {
        created.push(region);
        return new ConnectClient(config);
      },
    });
    expect(created).toEqual([]);
    const a = clients.forRegion("eu-west-2");
    expect(clients.forRegion("eu-west-2")).toBe(a);
    expect(clients.forRegion("us-east-1")).not.toBe(a);
    expect(created).toEqual(["eu-west-2", "us-east-1"]);
    clients.destroy();
  });

  it("gives up on a server that never answers after timeoutMs per attempt", async () => {
    const clients = clientsAgainstServer(300, 2);
    const started = Date.now();
    const error = await clients
      .forRegion("eu-west-2")
      .send(new DescribeContactCommand({ InstanceId: "i", ContactId: "c" }))
      .catch((err: Error) => err);
    const elapsed = Date.now() - started;
    clients.destroy();
    expect(error).toMatchObject({ name: "TimeoutError" });
    expect(requests).toBe(2);
    // Each attempt waited its full timeout: a lower bound, which load cannot break.
    expect(elapsed).toBeGreaterThanOrEqual(2 * 300 - 50);
  });

  it("surfaces as UpstreamTimeoutError through the API wrapper", async () => {
    const clients = clientsAgainstServer(250, 3);
    const limiter = createRateLimiter({ ratePerSecond: 10, burst: 5 });
    const api = createLimitedCall({ limiterFor: () => limiter });
    const error = await api
      .send("DescribeContact", startDeadline(10_000), (abortSignal) =>
        clients
          .forRegion("eu-west-2")
          .send(new DescribeContactCommand({ InstanceId: "i", ContactId: "c" }), { abortSignal }),
      )
      .catch((err: Error) => err);
    clients.destroy();
    // The per-attempt timeout gave up, not the 10 s deadline: all three attempts were made.
    expect(error).toBeInstanceOf(UpstreamTimeoutError);
    expect(requests).toBe(3);
  });
});
