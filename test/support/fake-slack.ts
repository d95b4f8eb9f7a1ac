import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import type {
  FakeSlack,
  FakeSlackOptions,
  ResponseUrlPost,
  SlackCall,
  SlackFailure,
} from "./fake-slack-api.js";
import { FaultQueue } from "./fault-queue.js";
import { closeServer, listen, readBody, sendJson } from "./http-io.js";
import { parseSlackArgs } from "./slack-args.js";
import { type FakeFile, receiveUpload } from "./slack-files.js";
import {
  callSlackMethod,
  type GuestKind,
  type SlackMethodContext,
  type SlackResult,
} from "./slack-methods.js";
import { SlackSocketServer } from "./slack-socket.js";
import { KeyedTokenBuckets } from "./token-bucket.js";
import { waitFor } from "./wait-for.js";

export type {
  FakeSlack,
  FakeSlackOptions,
  ResponseUrlPost,
  SlackCall,
  SlackFailure,
} from "./fake-slack-api.js";
export type { FakeSocketMode, SocketAck, SocketEnvelope } from "./slack-socket.js";

export async function startFakeSlack(options: FakeSlackOptions = {}): Promise<FakeSlack> {
  const calls: SlackCall[] = [];
  const responses: ResponseUrlPost[] = [];
  const failures = new FaultQueue<SlackFailure>();
  const usergroups = new Map<string, string[]>();
  const timeZones = new Map<string, string>();
  const guests = new Map<string, GuestKind>();
  const files = new Map<string, FakeFile>();
  const socket = new SlackSocketServer();
  const perChannel = options.rateLimitPerChannel ?? 0;
  // Slack allows about one post per second per channel, with short bursts tolerated.
  const channelBuckets = new KeyedTokenBuckets(perChannel, Math.max(1, perChannel));
  let validTokens: Set<string> | undefined;
  let rateLimited = 0;
  let tsCounter = 0;
  let responseCounter = 0;
  let port = 0;

  const context: SlackMethodContext = {
    nextTs: () => {
      tsCounter += 100;
      return `${1_700_000_000 + Math.floor(tsCounter / 1e6)}.${String(tsCounter % 1e6).padStart(6, "0")}`;
    },
    usergroups,
    timeZones,
    guests,
    files,
    get baseUrl() {
      return `http://127.0.0.1:${port}`;
    },
    get socketUrl() {
      return `ws://127.0.0.1:${port}/link`;
    },
  };

  /** Answers at once, or after the delay a slow-answer fault asks for. */
  function later(failure: SlackFailure | undefined, send: () => void): void {
    if (failure && typeof failure === "object" && "answerAfterMs" in failure) {
      setTimeout(send, failure.answerAfterMs);
    } else {
      send();
    }
  }

  function overChannelLimit(method: string, args: Record<string, unknown>): boolean {
    if (perChannel <= 0 || method !== "chat.postMessage") return false;
    return !channelBuckets.take(String(args.channel ?? ""));
  }

  function tooFast(res: ServerResponse, call: SlackCall, retryAfter: number): void {
    call.error = "ratelimited";
    sendJson(res, 429, { ok: false, error: "ratelimited" }, { "retry-after": String(retryAfter) });
  }

  async function api(req: IncomingMessage, res: ServerResponse, method: string): Promise<void> {
    const { args, token } = parseSlackArgs(req.headers, await readBody(req));
    const call: SlackCall = { method, args, token, at: Date.now() };
    calls.push(call);
    const failure = failures.take(method);
    const answer = (result: SlackResult) => {
      if (!result.ok) call.error = result.error;
      later(failure, () => sendJson(res, 200, result));
    };
    if (!token) return answer({ ok: false, error: "not_authed" });
    if (validTokens && !validTokens.has(token)) return answer({ ok: false, error: "invalid_auth" });
    if (typeof failure === "string") return answer({ ok: false, error: failure });
    if (failure && "retryAfter" in failure) return tooFast(res, call, failure.retryAfter);
    if (failure && "status" in failure) {
      call.error = `http_${failure.status}`;
      return sendJson(res, failure.status, { ok: false, error: call.error });
    }
    if (overChannelLimit(method, args)) {
      rateLimited++;
      return tooFast(res, call, 1);
    }
    answer(callSlackMethod(method, args, context));
  }

  async function responseUrlPost(req: IncomingMessage, res: ServerResponse, id: string) {
    const text = await readBody(req);
    let body: unknown = text;
    try {
      body = JSON.parse(text);
    } catch {
      // Recorded raw: a non-JSON body is itself something a test may want to see.
    }
    responses.push({ id, body, at: Date.now() });
    const failure = failures.take("response_url");
    if (failure && typeof failure === "object" && "redirectTo" in failure) {
      res.writeHead(307, { location: failure.redirectTo, "content-length": "0" }).end();
      return;
    }
    later(failure, () => sendJson(res, 200, { ok: true }));
  }

  function route(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const [, kind, name] = new URL(req.url ?? "/", "http://fake-slack").pathname.split("/");
    if (req.method === "POST" && name && kind === "api") return api(req, res, name);
    if (req.method === "POST" && name && kind === "upload")
      return receiveUpload(req, res, name, files);
    if (req.method === "POST" && name && kind === "response") {
      return responseUrlPost(req, res, decodeURIComponent(name));
    }
    sendJson(res, 404, { ok: false, error: "not_found" });
    return Promise.resolve();
  }

  const server = createServer((req, res) => {
    route(req, res).catch((error: unknown) => {
      if (!res.headersSent) sendJson(res, 500, { ok: false, error: String(error) });
    });
  });
  server.on("upgrade", (req, duplex, head) => {
    if (new URL(req.url ?? "/", "http://fake-slack").pathname.startsWith("/link")) {
      socket.handleUpgrade(req, duplex, head);
    } else {
      duplex.destroy();
    }
  });
  port = await listen(server);
  const url = `http://127.0.0.1:${port}`;

  return {
    url,
    port,
    calls,
    responses,
    files,
    get rateLimited() {
      return rateLimited;
    },
    socket,
    setValidTokens(tokens) {
      validTokens = tokens ? new Set(tokens) : undefined;
    },
    setUsergroup: (id, userIds) => void usergroups.set(id, [...userIds]),
    setTimeZone: (userId, zone) => void timeZones.set(userId, zone),
    setGuest: (userId, kind) => void (kind ? guests.set(userId, kind) : guests.delete(userId)),
    failNext: (method, error, times = 1) => failures.add(method, error, times),
    responseUrl: (id) => `${url}/response/${encodeURIComponent(id ?? `r${++responseCounter}`)}`,
    waitFor: (pick, timeoutMs) => waitFor(pick, timeoutMs),
    postsTo: (channel, method = "chat.postMessage") =>
      calls.filter((c) => c.method === method && c.args.channel === channel && !c.error),
    reset() {
      calls.length = 0;
      responses.length = 0;
      files.clear();
      rateLimited = 0;
      failures.clear();
      channelBuckets.clear();
    },
    async stop() {
      await socket.close();
      await closeServer(server);
    },
  };
}
