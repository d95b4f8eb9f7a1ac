import type { FakeFile } from "./slack-files.js";
import type { GuestKind } from "./slack-methods.js";
import type { FakeSocketMode } from "./slack-socket.js";

/** The fake's public surface, apart from the server plumbing in fake-slack.ts. */
export interface FakeSlackOptions {
  /** chat.postMessage calls per second per channel before HTTP 429; 0 (default) = no limit. */
  rateLimitPerChannel?: number;
}

export interface SlackCall {
  method: string;
  /** The arguments as sent, JSON-valued fields (blocks, attachments, ...) parsed; token removed. */
  args: Record<string, unknown>;
  token: string | undefined;
  at: number;
  /** The error the fake answered with, if it did not answer ok. */
  error?: string;
}

export interface ResponseUrlPost {
  id: string;
  body: unknown;
  at: number;
}

/**
 * An `ok: false` error name (HTTP 200, as Slack answers), a 429 with Retry-After, any other
 * HTTP status (5xx), which WebClient reports as an HTTP error, or a call that Slack carries out
 * (it is recorded and takes effect) but answers only after `answerAfterMs`: a slow Slack; or, for
 * a response_url only, a 307 redirect to `redirectTo` (which the bot must not follow).
 */
export type SlackFailure =
  | string
  | { status: 429; retryAfter: number }
  | { status: number }
  | { answerAfterMs: number }
  | { redirectTo: string };

export interface FakeSlack {
  url: string;
  port: number;
  readonly calls: SlackCall[];
  readonly responses: ResponseUrlPost[];
  /** Files uploaded with files.uploadV2 (getUploadURLExternal → upload URL → completeUploadExternal), by id. */
  readonly files: ReadonlyMap<string, FakeFile>;
  /** chat.postMessage calls refused by the per-channel limit (not by failNext). */
  readonly rateLimited: number;
  socket: FakeSocketMode;
  /** Only these tokens are accepted from now on; undefined accepts any (the default). */
  setValidTokens(tokens: string[] | undefined): void;
  setUsergroup(id: string, userIds: string[]): void;
  /** The `tz` users.info reports for a user (none by default). */
  setTimeZone(userId: string, zone: string): void;
  /** users.info reports the user as a guest of this kind; undefined makes them a member again. */
  setGuest(userId: string, kind: GuestKind | undefined): void;
  /** `method` is a Web API method, or "response_url" (only `answerAfterMs` and `redirectTo` apply there). */
  failNext(method: string, error: SlackFailure, times?: number): void;
  responseUrl(id?: string): string;
  waitFor<T>(pick: () => T | undefined | null | false, timeoutMs?: number): Promise<T>;
  /** Successful calls of `method` (chat.postMessage by default) to a channel. */
  postsTo(channel: string, method?: string): SlackCall[];
  /** Forgets calls, responses, files, counters and scheduled failures; keeps tokens and usergroups. */
  reset(): void;
  stop(): Promise<void>;
}
