import { connect, createServer, type Server, type Socket } from "node:net";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { type BlackholeProxy, startBlackholeProxy } from "../support/blackhole-proxy.js";

/** Resolves with the next bytes the socket receives, or undefined if none come within `ms`. */
function nextData(socket: Socket, ms: number): Promise<string | undefined> {
  return new Promise((resolve) => {
    const timer = setTimeout(() => {
      socket.off("data", onData);
      resolve(undefined);
    }, ms);
    const onData = (chunk: Buffer) => {
      clearTimeout(timer);
      resolve(chunk.toString());
    };
    socket.once("data", onData);
  });
}

function open(port: number): Promise<Socket> {
  return new Promise((resolve, reject) => {
    const socket = connect({ port, host: "127.0.0.1" }, () => resolve(socket));
    socket.once("error", reject);
  });
}

describe("blackhole proxy", () => {
  let echo: Server;
  let proxy: BlackholeProxy;
  /** What the target saw, to tell "not forwarded" from "forwarded but not answered". */
  const received: string[] = [];
  const targetSides: Socket[] = [];
  const sockets: Socket[] = [];
  const client = async () => {
    const socket = await open(proxy.port);
    sockets.push(socket);
    return socket;
  };

  beforeAll(async () => {
    echo = createServer((socket) => {
      targetSides.push(socket);
      socket.on("data", (chunk) => received.push(chunk.toString()));
      socket.pipe(socket);
    });
    await new Promise<void>((resolve) => echo.listen(0, "127.0.0.1", resolve));
    const address = echo.address();
    proxy = await startBlackholeProxy(typeof address === "object" && address ? address.port : 0);
  });
  afterEach(() => {
    for (const socket of sockets.splice(0)) socket.destroy();
    proxy.restore();
  });
  afterAll(async () => {
    await proxy.stop();
    await new Promise((resolve) => echo.close(resolve));
  });

  it("forwards bytes both ways", async () => {
    const socket = await client();
    socket.write("PING");
    expect(await nextData(socket, 1000)).toBe("PING");
    expect(proxy.url).toBe(`redis://127.0.0.1:${proxy.port}`);
  });

  it("goes silent without closing, for open and for new connections", async () => {
    const socket = await client();
    socket.write("one");
    expect(await nextData(socket, 1000)).toBe("one");
    let closed = false;
    socket.on("close", () => {
      closed = true;
    });
    proxy.blackhole();
    socket.write("two");
    expect(await nextData(socket, 300)).toBeUndefined();
    expect(closed).toBe(false);
    expect(socket.destroyed).toBe(false);
    expect(received).not.toContain("two");
    // The other direction: the target speaking first gets nowhere either.
    targetSides.at(-1)!.write("pushed");
    expect(await nextData(socket, 300)).toBeUndefined();

    const late = await client();
    late.write("three");
    expect(await nextData(late, 300)).toBeUndefined();
    expect(late.destroyed).toBe(false);
    expect(received).not.toContain("three");
  });

  it("flows again after restore, held bytes included", async () => {
    const held = await client();
    proxy.blackhole();
    held.write("held");
    expect(await nextData(held, 200)).toBeUndefined();
    proxy.restore();
    expect(await nextData(held, 1000)).toBe("held");
    const fresh = await client();
    fresh.write("fresh");
    expect(await nextData(fresh, 1000)).toBe("fresh");
  });
});
