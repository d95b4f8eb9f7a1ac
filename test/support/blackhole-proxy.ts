import { connect, createServer, type Socket } from "node:net";

export interface BlackholeProxy {
  port: number;
  /** For the Redis this proxy usually fronts. */
  url: string;
  /**
   * Stops forwarding in both directions without closing anything, like a network partition:
   * bytes wait in the kernel buffers, new connections are accepted but not forwarded.
   */
  blackhole(): void;
  /** Heals the partition: new and held connections flow again, held bytes delivered in order. */
  restore(): void;
  /**
   * Ends the partition the other way: every connection is reset and what it held is lost (as
   * when a load balancer or NAT forgets the flow); new connections flow again.
   */
  reset(): void;
  stop(): Promise<void>;
}

interface Link {
  client: Socket;
  upstream?: Socket;
}

/** A TCP proxy that can go silent while keeping sockets open: a Redis that stops answering. */
export async function startBlackholeProxy(
  targetPort: number,
  targetHost = "127.0.0.1",
): Promise<BlackholeProxy> {
  const links = new Set<Link>();
  let holed = false;

  function drop(link: Link): void {
    link.client.destroy();
    link.upstream?.destroy();
    links.delete(link);
  }

  function forward(link: Link): void {
    const upstream = connect({ port: targetPort, host: targetHost });
    link.upstream = upstream;
    link.client.on("data", (chunk) => upstream.write(chunk));
    upstream.on("data", (chunk) => link.client.write(chunk));
    link.client.on("end", () => upstream.end());
    upstream.on("end", () => link.client.end());
    upstream.on("close", () => drop(link));
    upstream.on("error", () => drop(link));
  }

  const server = createServer((client) => {
    const link: Link = { client };
    links.add(link);
    client.on("close", () => drop(link));
    client.on("error", () => drop(link));
    if (holed) client.pause();
    else forward(link);
  });
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => resolve());
  });
  const address = server.address();
  const port = typeof address === "object" && address ? address.port : 0;

  return {
    port,
    url: `redis://127.0.0.1:${port}`,
    blackhole() {
      holed = true;
      for (const { client, upstream } of links) {
        client.pause();
        upstream?.pause();
      }
    },
    restore() {
      holed = false;
      for (const link of links) {
        if (!link.upstream) forward(link);
        link.client.resume();
        link.upstream?.resume();
      }
    },
    reset() {
      holed = false;
      for (const link of links) drop(link);
    },
    stop() {
      for (const link of links) drop(link);
      return new Promise((resolve) => server.close(() => resolve()));
    },
  };
}
