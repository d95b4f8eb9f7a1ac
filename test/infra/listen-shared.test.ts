import type { Server } from "node:http";
import type { AddressInfo } from "node:net";
import { afterEach, describe, expect, it } from "vitest";
import { listenShared, type ServerBounds } from "../../src/infra/listen-shared.js";
import { openRaw, rawGet } from "../support/raw-socket.js";

const [major = 0, minor = 0] = process.versions.node.split(".").map(Number);
const reusePort = major > 22 || (major === 22 && minor >= 12);
const BOUNDS: ServerBounds = { requestTimeoutMs: 10_000, maxConnections: 1000 };

let servers: Server[] = [];
afterEach(async () => {
  for (const s of servers) s.closeAllConnections();
  await Promise.all(servers.map((s) => new Promise((resolve) => s.close(resolve))));
  servers = [];
});

async function listen(bounds: ServerBounds): Promise<number> {
  servers = await listenShared((_req, res) => res.end("ok"), 0, bounds);
  return (servers[0]!.address() as AddressInfo).port;
}

it(`listens on one port with ${reusePort ? "several SO_REUSEPORT sockets" : "one socket"}`, async () => {
  const port = await listen(BOUNDS);
  const ports = new Set(servers.map((s) => (s.address() as AddressInfo).port));
  expect(ports.size).toBe(1);
  expect(servers.length).toBe(reusePort ? 32 : 1);
  // Fresh connections land on any of the sockets; every one of them answers.
  const answers = await Promise.all(
    Array.from({ length: 20 }, async () => {
      const res = await fetch(`http://127.0.0.1:${port}/`, { headers: { connection: "close" } });
      return res.text();
    }),
  );
  expect(answers).toEqual(Array(20).fill("ok"));
});

describe("bounds", () => {
  it("closes a connection whose headers trickle in past the request timeout", async () => {
    const port = await listen({ ...BOUNDS, requestTimeoutMs: 300 });
    const slow = await openRaw(port);
    slow.socket.write("POST /slack/events HTTP/1.1\r\nHost: 127.0.0.1\r\n");
    await slow.closed;
    expect(slow.received()).toMatch(/^HTTP\/1\.1 408/);
  });

  it("closes a connection whose body trickles in past the request timeout", async () => {
    const port = await listen({ ...BOUNDS, requestTimeoutMs: 300 });
    const slow = await openRaw(port);
    slow.socket.write("POST / HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Length: 100\r\n\r\nx");
    await slow.closed;
  });

  it("caps open connections over all of the port's sockets, and takes new ones once some close", async () => {
    let refused = 0;
    const port = await listen({ ...BOUNDS, maxConnections: 2, onRefused: () => refused++ });
    const connections = await Promise.all([openRaw(port), openRaw(port), openRaw(port)]);
    await Promise.race(connections.map((c) => c.closed));
    const open = connections.filter((c) => !c.isClosed());
    expect(open).toHaveLength(2);
    expect(refused).toBe(1);
    for (const c of open) expect(await rawGet(c, "/")).toMatch(/^HTTP\/1\.1 200/);
    open[0]!.socket.destroy();
    await open[0]!.closed;
    let answered = "";
    while (!answered) {
      const next = await openRaw(port);
      answered = await Promise.race([rawGet(next, "/"), next.closed.then(() => "")]);
    }
    expect(answered).toMatch(/^HTTP\/1\.1 200/);
  });
});
