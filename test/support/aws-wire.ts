import { randomUUID } from "node:crypto";
import type { ServerResponse } from "node:http";
import { sendJson } from "./http-io.js";

export const JSON_11 = "application/x-amz-json-1.1";

/** AWS JSON 1.1 errors carry their type in the body's `__type` (and the header, for good measure). */
export function sendJson11Error(
  res: ServerResponse,
  status: number,
  type: string,
  message: string,
): void {
  sendJson(
    res,
    status,
    { __type: type, message },
    { "content-type": JSON_11, "x-amzn-errortype": type, "x-amzn-requestid": randomUUID() },
  );
}

/**
 * rest-json errors (Connect, Contact Lens): the SDK reads the type from `x-amzn-errortype`; the
 * body carries the message under both spellings services use.
 */
export function sendRestJsonError(
  res: ServerResponse,
  status: number,
  type: string,
  message = type,
): void {
  sendJson(
    res,
    status,
    { Message: message, message },
    { "x-amzn-errortype": type, "x-amzn-requestid": randomUUID() },
  );
}

/**
 * Converts SDK-shaped values to what AWS JSON protocols put on the wire: the SDK hands tests
 * `Date`s, but rest-json and JSON 1.1 carry timestamps as epoch seconds (fractions allowed).
 */
export function toAwsWire(value: unknown): unknown {
  if (value instanceof Date) return value.getTime() / 1000;
  if (Array.isArray(value)) return value.map(toAwsWire);
  if (value !== null && typeof value === "object") {
    const out: Record<string, unknown> = {};
    for (const [key, item] of Object.entries(value)) {
      if (item !== undefined) out[key] = toAwsWire(item);
    }
    return out;
  }
  return value;
}
