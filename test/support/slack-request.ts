import { createHmac } from "node:crypto";

export {
  type BlockActionsInput,
  type BlockSuggestionInput,
  blockActionsBody,
  blockSuggestionBody,
  globalShortcutBody,
  type MessageShortcutInput,
  messageShortcutBody,
  type ViewSubmissionInput,
  viewSubmissionBody,
} from "./slack-interactive-payloads.js";
export {
  type EventCallbackOptions,
  eventCallbackBody,
  type SlashCommandInput,
  slashCommandBody,
  urlVerificationBody,
} from "./slack-payloads.js";

/** Slack's v0 request signature: HMAC-SHA256 of "v0:<timestamp>:<raw body>" with the signing secret. */
export function signSlackRequest(
  body: string,
  signingSecret: string,
  timestamp = Math.floor(Date.now() / 1000),
): Record<string, string> {
  const digest = createHmac("sha256", signingSecret)
    .update(`v0:${timestamp}:${body}`)
    .digest("hex");
  return { "X-Slack-Request-Timestamp": String(timestamp), "X-Slack-Signature": `v0=${digest}` };
}

export interface PostSignedOptions {
  secret: string;
  /** Defaults to JSON for bodies that look like JSON, form-encoded otherwise (Slack's two). */
  contentType?: string;
  timestamp?: number;
  /** Marks the request as Slack's retry number N (events API redelivery). */
  retryNum?: number;
  retryReason?: string;
  badSignature?: boolean;
}

export interface SignedResponse {
  status: number;
  body: string;
  ms: number;
}

/** POSTs a body signed the way Slack signs it, timing the answer (Slack waits 3 s for the ack). */
export async function postSigned(
  url: string,
  body: string,
  opts: PostSignedOptions,
): Promise<SignedResponse> {
  const secret = opts.badSignature ? `${opts.secret}-tampered` : opts.secret;
  const headers: Record<string, string> = {
    // Bolt compares the content type exactly: no "; charset" suffix on the form type.
    "content-type":
      opts.contentType ??
      (body.startsWith("{") ? "application/json" : "application/x-www-form-urlencoded"),
    ...signSlackRequest(body, secret, opts.timestamp),
  };
  if (opts.retryNum !== undefined) {
    headers["X-Slack-Retry-Num"] = String(opts.retryNum);
    headers["X-Slack-Retry-Reason"] = opts.retryReason ?? "http_timeout";
  }
  const started = performance.now();
  const res = await fetch(url, { method: "POST", headers, body });
  const text = await res.text();
  return { status: res.status, body: text, ms: performance.now() - started };
}
