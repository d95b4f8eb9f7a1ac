import type { IncomingMessage, Server, ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { listenShared, type ServerBounds } from "./listen-shared.js";

export type RouteHandler = (req: IncomingMessage, res: ServerResponse) => void | Promise<void>;

/** Answers a GET on one of `routes`; anything else is a 404. */
export async function serveGet(
  routes: Record<string, RouteHandler>,
  req: IncomingMessage,
  res: ServerResponse,
): Promise<void> {
  const path = new URL(req.url ?? "/", "http://localhost").pathname;
  const handler = req.method === "GET" ? routes[path] : undefined;
  if (handler) return handler(req, res);
  res.writeHead(404, { "content-length": "0" }).end();
}

export interface OpsServer {
  port: number;
  stop(): Promise<void>;
}

function closed(server: Server): Promise<void> {
  return new Promise((resolve) => {
    server.close(() => resolve());
    server.closeAllConnections();
  });
}

/**
 * `routes` on a port of their own (METRICS_PORT: scraped from inside the network, never public),
 * bounded like the main port. One listening socket: a scraper is not a burst of Slack requests.
 */
export async function startOpsServer(
  routes: Record<string, RouteHandler>,
  port: number,
  bounds: ServerBounds,
  onError: (error: unknown) => void,
): Promise<OpsServer> {
  const handler = (req: IncomingMessage, res: ServerResponse) => {
    serveGet(routes, req, res).catch((error: unknown) => {
      onError(error);
      if (!res.headersSent) res.writeHead(500, { "content-length": "0" }).end();
    });
  };
  const [server] = await listenShared(handler, port, bounds, true);
  return { port: (server!.address() as AddressInfo).port, stop: () => closed(server!) };
}
