import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";

/** Each accepts one connection a turn: 100 connections opened at once are in within a few turns. */
const LISTEN_SOCKETS = 32;

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
 * HTTP servers for `handler` on `port` (0: a free one), the first one's address being the port.
 * libuv accepts one connection per listening socket per turn, so where Node can share a port
 * between sockets (SO_REUSEPORT) there are several.
 */
export async function listenShared(
  handler: (req: IncomingMessage, res: ServerResponse) => void,
  port: number,
): Promise<Server[]> {
  const count = listenSockets();
  const first = await listenOne(createServer(handler), port, count > 1);
  const bound = (first.address() as AddressInfo).port;
  const servers = [first];
  for (let i = 1; i < count; i++) servers.push(await listenOne(createServer(handler), bound, true));
  return servers;
}
