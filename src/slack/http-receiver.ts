import type { IncomingMessage, Server, ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import {
  type App,
  HTTPResponseAck,
  HTTPModuleFunctions as http,
  isValidSlackRequest,
  type Logger,
  type Receiver,
} from "@slack/bolt";
import { listenShared, type ServerBounds } from "../infra/listen-shared.js";
import { type RouteHandler, serveGet } from "../infra/ops-server.js";
import type { RequestKind } from "./overload-guard.js";
import type { CredentialsSource } from "./secret-credentials.js";
import { isSslCheck, mediaTypeOf } from "./ssl-check.js";

export interface HttpReceiverOptions {
  credentials: CredentialsSource;
  logger: Logger;
  /** GET routes served beside `POST /slack/events` (health, readiness, metrics). */
  routes: Record<string, RouteHandler>;
  /** Request timeout and connection cap of the port. */
  bounds: ServerBounds;
  /** False in Socket Mode: Slack's requests come over the socket, and the port serves probes only. */
  slackEvents?: boolean;
  /** Slack's requests wait for this before they reach Bolt (start-up waits for Redis). */
  ready?: Promise<void>;
  /** Called when a request fails signature checks, e.g. to count it. */
  onRejected?: (reason: string) => void;
  /**
   * Asked before a Slack request is read, with its kind (event or not): a reason refuses it
   * with 503 at once (Slack shows the failure or retries) instead of letting it wait.
   */
  refuse?: (kind: RequestKind) => string | undefined;
  nowMs?: () => number;
}

const EVENTS_PATH = "/slack/events";
const MAX_SKEW_SECONDS = 300;
/** Slack's requests are kilobytes (50 blocks stay far below this); more is refused unbuffered. */
const MAX_BODY_BYTES = 1024 * 1024;

/**
 * Transport only: reads Slack's HTTP requests, checks their signatures and hands them to Bolt.
 * Written instead of Bolt's HTTPReceiver because that one takes a fixed signing secret, and ours
 * can rotate in Secrets Manager: a request that fails with the cached secret is checked once more
 * after a (rate-limited) re-read. It also refuses future-dated timestamps, which Bolt accepts.
 */
export class HttpReceiver implements Receiver {
  private app?: App;
  private servers: Server[] = [];
  private inFlight = new Set<Promise<unknown>>();

  constructor(private readonly options: HttpReceiverOptions) {}

  init(app: App): void {
    this.app = app;
  }

  async start(port: number): Promise<Server> {
    const handler = (req: IncomingMessage, res: ServerResponse) => {
      this.route(req, res).catch((error: unknown) => {
        this.options.logger.error("request failed", error);
        if (!res.headersSent) http.buildNoBodyResponse(res, 500);
      });
    };
    this.servers = await listenShared(handler, port, this.options.bounds);
    return this.servers[0]!;
  }

  port(): number {
    return (this.servers[0]?.address() as AddressInfo | null)?.port ?? 0;
  }

  /** Waits for the work already handed to Bolt (acked requests still being answered). */
  async drain(): Promise<void> {
    while (this.inFlight.size > 0) await Promise.allSettled([...this.inFlight]);
  }

  /** Stops listening, lets acked requests finish their work, then closes every connection. */
  async stop(): Promise<void> {
    const servers = this.servers;
    if (servers.length === 0) return;
    this.servers = [];
    const closed = servers.map(
      (server) => new Promise<void>((resolve) => server.close(() => resolve())),
    );
    await this.drain();
    for (const server of servers) server.closeAllConnections();
    await Promise.all(closed);
  }

  private async route(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const path = new URL(req.url ?? "/", "http://localhost").pathname;
    if (path === EVENTS_PATH && req.method === "POST" && this.options.slackEvents !== false) {
      await this.options.ready;
      return this.handleEvent(req, res);
    }
    return serveGet(this.options.routes, req, res);
  }

  private async verified(rawBody: string, req: IncomingMessage): Promise<boolean> {
    // Read directly: Bolt's getHeader throws on a missing header, which would answer 500, not 401.
    const signature = req.headers["x-slack-signature"];
    const timestamp = Number(req.headers["x-slack-request-timestamp"]);
    if (typeof signature !== "string") return false;
    const now = this.options.nowMs?.() ?? Date.now();
    if (!Number.isFinite(timestamp)) return false;
    if (Math.abs(now / 1000 - timestamp) > MAX_SKEW_SECONDS) return false;
    const check = (signingSecret: string | undefined) =>
      signingSecret !== undefined &&
      isValidSlackRequest({
        signingSecret,
        body: rawBody,
        headers: { "x-slack-signature": signature, "x-slack-request-timestamp": timestamp },
        nowMilliseconds: now,
      });
    const current = await this.options.credentials.current();
    if (check(current.signingSecret)) return true;
    const refreshed = await this.options.credentials.refresh("signature mismatch");
    return refreshed.signingSecret !== current.signingSecret && check(refreshed.signingSecret);
  }

  private async handleEvent(req: IncomingMessage, res: ServerResponse): Promise<void> {
    if (this.options.refuse?.(requestKind(req))) {
      req.resume();
      res.writeHead(503, { "retry-after": "1", "content-length": "0" });
      res.end();
      return;
    }
    let buffered: Awaited<ReturnType<typeof http.bufferIncomingMessage>>;
    try {
      buffered = await http.bufferIncomingMessage(req, MAX_BODY_BYTES);
    } catch {
      return http.buildNoBodyResponse(res, 413);
    }
    const rawBody = buffered.rawBody.toString();
    // Slack's ssl_check ping is the one request answered unsigned; it never reaches Bolt.
    if (isSslCheck(rawBody, req.headers["content-type"])) return http.buildSSLCheckResponse(res);
    if (!(await this.verified(rawBody, req))) {
      this.options.logger.warn("refused a request that failed Slack signature checks");
      this.options.onRejected?.("signature");
      return http.buildNoBodyResponse(res, 401);
    }
    // Bolt parses a form only when the type is exactly Slack's; a `; charset=…` would make it
    // read the form as JSON and refuse it.
    const mediaType = mediaTypeOf(req.headers["content-type"]);
    if (mediaType) buffered.headers["content-type"] = mediaType;
    let body: Record<string, unknown>;
    try {
      body = http.parseHTTPRequestBody(buffered);
    } catch {
      return http.buildNoBodyResponse(res, 400);
    }
    if (body.type === "url_verification") return http.buildUrlVerificationResponse(res, body);
    const ack = new HTTPResponseAck({
      logger: this.options.logger,
      processBeforeResponse: false,
      httpRequest: buffered,
      httpRequestBody: body,
      httpResponse: res,
    });
    const work = (async () => {
      try {
        await this.app?.processEvent({
          body,
          ack: ack.bind(),
          retryNum: http.extractRetryNumFromHTTPRequest(req),
          retryReason: http.extractRetryReasonFromHTTPRequest(req),
        });
      } catch (error) {
        this.options.logger.error("unhandled error while processing a Slack request", error);
        if (!res.headersSent) ack.ack();
      }
    })();
    this.inFlight.add(work);
    await work.finally(() => this.inFlight.delete(work));
  }
}

/** Told before the body is read: the Events API posts JSON, commands and interactions a form. */
function requestKind(req: IncomingMessage): RequestKind {
  return req.headers["content-type"]?.toLowerCase().startsWith("application/json")
    ? "event"
    : "interactive";
}
