import type { ConnectAnswer } from "./connect-store.js";

/** What the emulator's list and search operations share: paging and refusals. */
export type Body = Record<string, unknown>;

export function invalid(message: string): ConnectAnswer {
  return { fault: { status: 400, type: "InvalidParameterException", message } };
}

/** One page of `items`; NextToken is the offset, bound to the request it continues. */
export function page<T>(items: T[], max: unknown, token: unknown, scope: string) {
  const size = max === undefined ? 100 : Number(max);
  if (!Number.isInteger(size) || size < 1 || size > 1000)
    return { error: "MaxResults out of range" };
  let offset = 0;
  if (typeof token === "string" && token !== "") {
    const [tokenScope, at] = Buffer.from(token, "base64url").toString().split("|");
    if (tokenScope !== scope || !/^\d+$/.test(at ?? "")) return { error: "Invalid NextToken" };
    offset = Number(at);
  }
  const slice = items.slice(offset, offset + size);
  const next =
    offset + size < items.length
      ? Buffer.from(`${scope}|${offset + size}`).toString("base64url")
      : undefined;
  return { slice, next };
}

export const list = (value: unknown): unknown[] | undefined =>
  Array.isArray(value) ? value : undefined;
