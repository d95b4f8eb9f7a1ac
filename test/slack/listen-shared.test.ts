import type { AddressInfo } from "node:net";
import { expect, it } from "vitest";
import { listenShared } from "../../src/slack/listen-shared.js";

const [major = 0, minor = 0] = process.versions.node.split(".").map(Number);
const reusePort = major > 22 || (major === 22 && minor >= 12);

it(`listens on one port with ${reusePort ? "several SO_REUSEPORT sockets" : "one socket"}`, async () => {
  const servers = await listenShared((_req, res) => res.end("ok"), 0);
  try {
    const ports = new Set(servers.map((s) => (s.address() as AddressInfo).port));
    expect(ports.size).toBe(1);
    expect(servers.length).toBe(reusePort ? 32 : 1);
    const [port] = [...ports];
    // Fresh connections land on any of the sockets; every one of them answers.
    const answers = await Promise.all(
      Array.from({ length: 20 }, async () => {
        const res = await fetch(`http://127.0.0.1:${port}/`, { headers: { connection: "close" } });
        return res.text();
      }),
    );
    expect(answers).toEqual(Array(20).fill("ok"));
  } finally {
    await Promise.all(servers.map((s) => new Promise((resolve) => s.close(resolve))));
  }
});
