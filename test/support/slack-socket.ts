import { randomUUID } from "node:crypto";
import type { IncomingMessage } from "node:http";
import type { Duplex } from "node:stream";
import { type WebSocket, WebSocketServer } from "ws";

export interface SocketEnvelope {
  type: "slash_commands" | "interactive" | "events_api";
  payload: object;
  /** Slack sets it for slash commands only, unless told otherwise here. */
  accepts_response_payload?: boolean;
  retry_attempt?: number;
  retry_reason?: string;
}

export interface SocketAck {
  envelope_id: string;
  payload?: unknown;
}

export interface FakeSocketMode {
  /** Resolves once a client is connected and has been sent `hello`. */
  connected(): Promise<void>;
  /** Delivers an envelope to the newest client and resolves with its ack. */
  send(envelope: SocketEnvelope, timeoutMs?: number): Promise<SocketAck>;
  /**
   * Asks the clients to reconnect, as Slack does before recycling a server: every connection, or
   * only the oldest (Slack refreshes each connection on its own schedule). Slack routes no new
   * envelope to a connection it has told to go.
   */
  disconnect(reason?: string, which?: "all" | "oldest"): void;
  /** Drops the oldest connection without a word, as a network failure does. */
  drop(): void;
  readonly connections: number;
}

const HELLO = {
  type: "hello",
  num_connections: 1,
  connection_info: { app_id: "A1" },
  debug_info: { host: "fake", approximate_connection_time: 18060 },
};

/** The Socket Mode side of the fake: a ws server the @slack/socket-mode client connects to. */
export class SlackSocketServer implements FakeSocketMode {
  private readonly wss = new WebSocketServer({ noServer: true });
  private readonly clients: WebSocket[] = [];
  private readonly retiring = new Set<WebSocket>();
  private readonly pending = new Map<string, (ack: SocketAck) => void>();
  private waiters: (() => void)[] = [];

  constructor(private readonly pingIntervalMs = 5000) {}

  get connections(): number {
    return this.clients.length;
  }

  handleUpgrade(req: IncomingMessage, socket: Duplex, head: Buffer): void {
    this.wss.handleUpgrade(req, socket, head, (ws) => this.accept(ws));
  }

  private get open(): WebSocket[] {
    return this.clients.filter((ws) => !this.retiring.has(ws));
  }

  connected(): Promise<void> {
    if (this.open.length > 0) return Promise.resolve();
    return new Promise((resolve) => this.waiters.push(resolve));
  }

  async send(envelope: SocketEnvelope, timeoutMs = 5000): Promise<SocketAck> {
    await this.within(this.connected(), timeoutMs, "no Socket Mode client connected");
    const envelopeId = randomUUID();
    const acked = new Promise<SocketAck>((resolve) => this.pending.set(envelopeId, resolve));
    const client = this.open.at(-1)!;
    client.send(
      JSON.stringify({
        envelope_id: envelopeId,
        type: envelope.type,
        payload: envelope.payload,
        accepts_response_payload:
          envelope.accepts_response_payload ?? envelope.type === "slash_commands",
        retry_attempt: envelope.retry_attempt ?? 0,
        retry_reason: envelope.retry_reason ?? "",
      }),
    );
    try {
      return await this.within(acked, timeoutMs, `no ack for ${envelope.type} envelope`);
    } finally {
      this.pending.delete(envelopeId);
    }
  }

  disconnect(reason = "refresh_requested", which: "all" | "oldest" = "all"): void {
    const message = JSON.stringify({ type: "disconnect", reason, debug_info: { host: "fake" } });
    const told = which === "all" ? [...this.clients] : this.clients.slice(0, 1);
    for (const client of told) {
      this.retiring.add(client);
      client.send(message);
    }
  }

  drop(): void {
    this.clients[0]?.terminate();
  }

  /**
   * Closes with a handshake, since clients (Bolt's app.stop() among them) often have their own
   * close frame still in flight; terminates whatever has not finished within `graceMs`.
   */
  async close(graceMs = 500): Promise<void> {
    const closing = this.clients.map(
      (ws) =>
        new Promise<void>((resolve) => {
          const timer = setTimeout(() => ws.terminate(), graceMs);
          ws.once("close", () => {
            clearTimeout(timer);
            resolve();
          });
          ws.close(1001, "server stopping");
        }),
    );
    await Promise.all(closing);
    this.wss.close();
  }

  private accept(ws: WebSocket): void {
    this.clients.push(ws);
    // The client only starts watching for server pings after the first one; keep them coming.
    const pinger = setInterval(() => ws.ping(), this.pingIntervalMs);
    ws.on("message", (data) => this.onMessage(data.toString()));
    ws.on("close", () => {
      clearInterval(pinger);
      const index = this.clients.indexOf(ws);
      if (index >= 0) this.clients.splice(index, 1);
      this.retiring.delete(ws);
    });
    ws.send(JSON.stringify(HELLO));
    ws.ping();
    const waiters = this.waiters;
    this.waiters = [];
    for (const resolve of waiters) resolve();
  }

  private onMessage(text: string): void {
    let ack: SocketAck;
    try {
      ack = JSON.parse(text) as SocketAck;
    } catch {
      return;
    }
    this.pending.get(ack.envelope_id)?.(ack);
  }

  private within<T>(promise: Promise<T>, ms: number, what: string): Promise<T> {
    let timer: NodeJS.Timeout | undefined;
    const timeout = new Promise<never>((_, reject) => {
      timer = setTimeout(() => reject(new Error(`fake slack: ${what} within ${ms} ms`)), ms);
    });
    return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
  }
}
