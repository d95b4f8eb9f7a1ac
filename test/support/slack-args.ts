import type { IncomingHttpHeaders } from "node:http";

/**
 * WebClient form-encodes every argument and JSON-stringifies the non-scalar ones, so these arrive
 * as strings and are parsed back to objects to make assertions readable.
 */
const JSON_FIELDS = new Set([
  "attachments",
  "blocks",
  "metadata",
  "unfurls",
  "user_auth_blocks",
  "view",
]);

function parseJsonField(value: string): unknown {
  try {
    return JSON.parse(value);
  } catch {
    return value;
  }
}

export interface SlackRequestArgs {
  args: Record<string, unknown>;
  token: string | undefined;
}

/** Decodes a Web API request the way Slack does: form or JSON body, token from header or body. */
export function parseSlackArgs(headers: IncomingHttpHeaders, body: string): SlackRequestArgs {
  const contentType = headers["content-type"] ?? "";
  let args: Record<string, unknown> = {};
  if (contentType.startsWith("application/json")) {
    args = body ? (JSON.parse(body) as Record<string, unknown>) : {};
  } else {
    for (const [key, value] of new URLSearchParams(body)) {
      args[key] = JSON_FIELDS.has(key) ? parseJsonField(value) : value;
    }
  }
  const bearer = /^Bearer (.+)$/.exec(headers.authorization ?? "")?.[1];
  const { token, ...rest } = args;
  return { args: rest, token: bearer ?? (typeof token === "string" ? token : undefined) };
}
