import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import type { AddressInfo, Socket } from "node:net";

/** Each accepts one connection a turn: 100 connections opened at once are in within a few turns. */
const LISTEN_SOCKETS = 32;

type Handler = (req: IncomingMessage, res: ServerResponse) => void;

export interface ServerBounds {
  /** Headers and body must have arrived within this (Node's headersTimeout and requestTimeout). */
  requestTimeoutMs: number;
  /** Open connections, over all of a port's listening sockets, above which new ones are closed. */
  maxConnections: number;
  /** Told of each connection closed for being over the limit. */
  onRefused?: () => void;
}

/**
 * Listening sockets on the one port. libuv accepts ONE connection per listening socket per
 * event-loop turn: with 100 connections opened at once and turns of tens of milliseconds under
 * load, the last ones sat in the accept queue for seconds. With SO_REUSEPORT (Node >= 22.12)
 * the kernel spreads new connections over several sockets, each accepted every turn.
 */
function listenSockets(): number {
  const [major = 0, minor = 0] = process.versions.node.split(".").map(Number);
  return major > 22 || (major === 22 && minor >= 12) ? LISTEN_SOCKETS : 1;
}

function listenOne(server: Server, port: number, reusePort: boolean): Promise<Server> {
  return new Promise((resolve, reject) => {
    server.once("error", reject);
    // `reusePort` is not in @types/node 20's ListenOptions; Node 20 never gets here with it.
    const options = { port, ...(reusePort ? { reusePort: true } : {}) };
    server.listen(options, () => {
      server.off("error", reject);
      resolve(server);
    });
  });
}

/**
 * A server whose clients cannot hold it: a request that trickles in is cut off after
 * `requestTimeoutMs` (Node checks every `connectionsCheckingInterval`, 30 s unless told), and the
 * connections counted in `open` (shared by a port's sockets, so the cap is the port's) are capped.
 */
function boundedServer(handler: Handler, bounds: ServerBounds, open: Set<Socket>): Server {
  const server = createServer(
    {
      requestTimeout: bounds.requestTimeoutMs,
      headersTimeout: bounds.requestTimeoutMs,
      connectionsCheckingInterval: Math.min(1000, bounds.requestTimeoutMs / 2),
    },
    handler,
  );
  server.on("connection", (socket: Socket) => {
    if (open.size >= bounds.maxConnections) {
      socket.destroy();
      bounds.onRefused?.();
      return;
    }
    open.add(socket);
    socket.once("close", () => open.delete(socket));
  });
  return server;
}

/**
 * HTTP servers for `handler` on `port` (0: a free one), the first one's address being the port.
 * libuv accepts one connection per listening socket per turn, so where Node can share a port
 * between sockets (SO_REUSEPORT) there are several, unless `single` (a port for probes alone).
 */
export async function listenShared(
  handler: Handler,
  port: number,
  bounds: ServerBounds,
  single = false,
): Promise<Server[]> {
  const count = single ? 1 : listenSockets();
  const open = new Set<Socket>();
  const first = await listenOne(boundedServer(handler, bounds, open), port, count > 1);
  const bound = (first.address() as AddressInfo).port;
  const servers = [first];
  for (let i = 1; i < count; i++) {
    servers.push(await listenOne(boundedServer(handler, bounds, open), bound, true));
  }
  return servers;
}
