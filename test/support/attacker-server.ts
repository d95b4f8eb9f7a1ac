import { createServer } from "node:http";
import { closeServer, listen, readBody } from "./http-io.js";

export interface AttackerRequest {
  method: string;
  path: string;
  body: string;
}

export interface AttackerServer {
  /** A URL on this server, e.g. one a forged request names as its response_url. */
  url(path?: string): string;
  /** Every request the server received, oldest first. */
  readonly received: AttackerRequest[];
  stop(): Promise<void>;
}

/**
 * A loopback server standing for someone who is not Slack: the bot must never send it anything.
 * It records what it gets and answers 200, as a server collecting stolen answers would.
 */
export async function startAttackerServer(): Promise<AttackerServer> {
  const received: AttackerRequest[] = [];
  const server = createServer((req, res) => {
    void readBody(req).then((body) => {
      received.push({ method: req.method ?? "", path: req.url ?? "", body });
      res.end("ok");
    });
  });
  const port = await listen(server);
  return {
    url: (path = "/collect") => `http://127.0.0.1:${port}${path}`,
    received,
    stop: () => closeServer(server),
  };
}
