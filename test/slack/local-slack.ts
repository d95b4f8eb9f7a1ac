import { createServer } from "node:http";
import { closeServer, listen, readBody, sendJson } from "../support/http-io.js";

export interface SlackCall {
  method: string;
  params: Record<string, string>;
  /** From the Authorization header or the `token` form field. */
  token?: string;
  /** Arrival time, Date.now(). */
  at: number;
  /** Status of the answer, filled in once the reply is chosen. */
  status?: number;
}

export interface SlackReply {
  status?: number;
  headers?: Record<string, string>;
  body?: Record<string, unknown>;
  /** Answer only after this long (the call itself has arrived and counts). */
  delayMs?: number;
}

export interface LocalSlack {
  /** Base URL for WebClient's `slackApiUrl`. */
  url: string;
  calls: SlackCall[];
  stop(): Promise<void>;
}

/**
 * A loopback Slack Web API whose every answer the test scripts, for what the shared fake
 * (test/support/fake-slack.ts) does not produce: HTTP 5xx and 429s on any method.
 */
export async function startLocalSlack(
  reply: (call: SlackCall) => SlackReply,
  port = 0,
): Promise<LocalSlack> {
  const calls: SlackCall[] = [];
  const server = createServer((req, res) => {
    const at = Date.now();
    void readBody(req).then((text) => {
      const params = Object.fromEntries(new URLSearchParams(text));
      const bearer = /^Bearer (.+)$/.exec(String(req.headers.authorization ?? ""))?.[1];
      const method = (req.url ?? "").replace(/^\/api\//, "");
      const call: SlackCall = { method, params, token: params.token ?? bearer, at };
      calls.push(call);
      const { status = 200, headers = {}, body = { ok: true }, delayMs = 0 } = reply(call);
      call.status = status;
      setTimeout(() => sendJson(res, status, body, headers), delayMs);
    });
  });
  const bound = await listen(server, port);
  return { url: `http://127.0.0.1:${bound}/api/`, calls, stop: () => closeServer(server) };
}
