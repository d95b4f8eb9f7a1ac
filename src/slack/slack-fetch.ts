import { STATUS_CODES } from "node:http";
import type { FetchFunction } from "@slack/web-api";
import { Agent, type Dispatcher, Headers, Response, request, fetch as undiciFetch } from "undici";
import { SlackDeliveryUncertainError } from "../domain/errors.js";

export interface RetryPolicy {
  /** Further attempts after the first, only for requests that provably never reached Slack. */
  retries: number;
  minTimeoutMs: number;
  maxTimeoutMs: number;
}

/** Failures before any byte of the request was written: safe to send again. */
const NEVER_SENT = new Set([
  "ECONNREFUSED",
  "ENOTFOUND",
  "EAI_AGAIN",
  "EHOSTUNREACH",
  "ENETUNREACH",
  "UND_ERR_CONNECT_TIMEOUT",
]);
/** Web API methods that only read: a timeout or a 5xx may repeat them without harm. */
const READ_ONLY =
  /\/(auth\.test|users\.info|usergroups\.users\.list|conversations\.info|files\.info)$/;
const NULL_BODY = new Set([101, 204, 205, 304]);
/** Parallel requests per Slack host from one process: ~1,000 answers a second at 100 ms each. */
const CONNECTIONS_PER_ORIGIN = 128;

function errorCodes(error: unknown): string[] {
  const codes: string[] = [];
  for (let e = error; e && typeof e === "object"; e = (e as { cause?: unknown }).cause) {
    const code = (e as { code?: unknown }).code;
    if (typeof code === "string") codes.push(code);
    if (codes.length > 8) break;
  }
  return codes;
}

function isPlainHeaders(headers: unknown): headers is Record<string, string> | undefined {
  return (
    headers === undefined ||
    (typeof headers === "object" &&
      headers !== null &&
      Object.getPrototypeOf(headers) === Object.prototype &&
      Object.values(headers).every((value) => typeof value === "string"))
  );
}

function toHeaders(raw: Record<string, string | string[] | undefined>): Headers {
  const headers = new Headers();
  for (const [name, value] of Object.entries(raw)) {
    for (const item of Array.isArray(value) ? value : value === undefined ? [] : [value]) {
      headers.append(name, item);
    }
  }
  return headers;
}

export function neverSent(error: unknown): boolean {
  return errorCodes(error).some((code) => NEVER_SENT.has(code));
}

/**
 * WebClient sends file uploads (files.uploadV2's POST to the upload URL) as Node's global
 * FormData, which undici's own fetch does not know and would send as the text "[object FormData]".
 * The global Response encodes it as multipart instead; its boundary comes with the content type.
 */
async function encodedInit(init: RequestInit | undefined): Promise<RequestInit | undefined> {
  if (!(init?.body instanceof FormData)) return init;
  const encoded = new globalThis.Response(init.body);
  const headers = new globalThis.Headers(init.headers);
  headers.set("content-type", encoded.headers.get("content-type") ?? "multipart/form-data");
  return { ...init, headers, body: Buffer.from(await encoded.arrayBuffer()) };
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * The one transport for everything the bot sends to Slack (Web API calls and response_url posts),
 * built so that an answer is never delivered twice: a request is sent again only when it provably
 * never left (connection refused, DNS), or when it only reads. A timeout after the request was
 * written may have been delivered, so it fails as `SlackDeliveryUncertainError` and is not repeated.
 *
 * The timeout runs from the moment the request is written (undici's headers/body timeouts), not
 * from the call: a busy event loop or a queue inside this process is not Slack being slow, and an
 * answer must not be given up on (and lost) while it waits here. `maxMs` still bounds the whole call.
 * Bodies are read before returning, so a response nobody reads never pins a keep-alive socket.
 * Redirects are returned as they are, never followed.
 */
export function slackFetch(options: { timeoutMs: number; retry: RetryPolicy }): FetchFunction {
  const { timeoutMs, retry } = options;
  const dispatcher = new Agent({
    // Unbounded, a burst of answers opened hundreds of sockets at once; past this many they wait
    // here, before their timeout starts.
    connections: CONNECTIONS_PER_ORIGIN,
    connectTimeout: timeoutMs,
    headersTimeout: timeoutMs,
    bodyTimeout: timeoutMs,
  });
  const maxMs = timeoutMs * 4;

  async function once(url: string | URL, given: RequestInit | undefined): Promise<Response> {
    const init = await encodedInit(given);
    if (init?.signal) return send(url, init, init.signal);
    // A timer cleared on completion rather than AbortSignal.timeout: that one lives (and keeps
    // the request it is attached to) for maxMs after every call, 20 s of every answer in a burst.
    const controller = new AbortController();
    const timer = setTimeout(
      () => controller.abort(new DOMException("The operation timed out", "TimeoutError")),
      maxMs,
    );
    try {
      return await send(url, init, controller.signal);
    } finally {
      clearTimeout(timer);
    }
  }

  async function send(
    url: string | URL,
    init: RequestInit | undefined,
    signal: AbortSignal,
  ): Promise<Response> {
    const { body, headers } = init ?? {};
    if ((body === undefined || typeof body === "string") && isPlainHeaders(headers)) {
      // undici's request(): a third of fetch's CPU (no web streams); the answers are small. It
      // follows no redirect (undici 7 does so only through an interceptor, never set here).
      const answer = await request(url, {
        method: (init?.method ?? "GET") as Dispatcher.HttpMethod,
        headers,
        body,
        signal,
        dispatcher,
      });
      const bytes = await answer.body.arrayBuffer();
      return new Response(NULL_BODY.has(answer.statusCode) ? null : bytes, {
        status: answer.statusCode,
        statusText: STATUS_CODES[answer.statusCode] ?? "",
        headers: toHeaders(answer.headers),
      });
    }
    // A redirect is never followed: it would carry the answer (or file) wherever it points.
    const response = await undiciFetch(url, {
      ...(init as Parameters<typeof undiciFetch>[1]),
      redirect: "manual",
      signal,
      dispatcher,
    });
    const bytes = NULL_BODY.has(response.status) ? null : await response.arrayBuffer();
    return new Response(bytes, {
      status: response.status,
      statusText: response.statusText,
      headers: response.headers,
    });
  }

  return async (url, init) => {
    const readOnly = READ_ONLY.test(new URL(String(url)).pathname);
    for (let attempt = 0; ; attempt++) {
      const last = attempt >= retry.retries;
      const backoff = Math.min(retry.maxTimeoutMs, retry.minTimeoutMs * 2 ** attempt);
      try {
        const response = await once(url, init as RequestInit | undefined);
        if (response.status < 500 || last || !readOnly) return response as never;
      } catch (error) {
        if (last || !(neverSent(error) || readOnly)) {
          if (neverSent(error)) throw error;
          throw new SlackDeliveryUncertainError(new URL(String(url)).pathname, timeoutMs, {
            cause: error,
          });
        }
      }
      await sleep(backoff);
    }
  };
}
