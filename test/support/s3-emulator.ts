import type { IncomingMessage, ServerResponse } from "node:http";
import { FaultQueue } from "./fault-queue.js";
import { closeServer, readBody, serve } from "./http-io.js";
import {
  type S3Fault,
  type StoredObject,
  sendListPage,
  sendObject,
  sendS3Error,
} from "./s3-wire.js";
import { KeyedTokenBuckets } from "./token-bucket.js";

export type { S3Fault } from "./s3-wire.js";

export type S3Operation = "ListObjectsV2" | "GetObject";

export interface S3Call {
  operation: S3Operation | "Unknown";
  bucket: string;
  key?: string;
  prefix?: string;
  maxKeys?: number;
  continuationToken?: string;
  range?: string;
  /** Whether an `Authorization: AWS4-HMAC-SHA256 …` header came along (not verified). */
  signed: boolean;
  at: number;
}

export interface S3Emulator {
  url: string;
  port: number;
  putObject(bucket: string, key: string, body: string | Buffer, lastModified?: Date): void;
  /** Keys per ListObjectsV2 page at most, whatever max-keys asks (S3's own cap is 1000). */
  setPageSize(keys: number): void;
  failNext(operation: S3Operation, fault: S3Fault, times?: number): void;
  /** The next requests are read and never answered, until stop(). */
  hangNext(operation: S3Operation, times?: number): void;
  /** AccessDenied for the operation (under `prefix` only, when given), as a missing grant would. */
  deny(operation: S3Operation, prefix?: string): void;
  readonly calls: S3Call[];
  count(operation?: S3Operation): number;
  /** Requests answered SlowDown by the rate limit (not by failNext). */
  readonly throttled: number;
  /** Forgets calls, faults and denials; keeps the objects. */
  reset(): void;
  stop(): Promise<void>;
}

type Scheduled = S3Fault | "hang";

const SLOW_DOWN: S3Fault = {
  status: 503,
  code: "SlowDown",
  message: "Please reduce your request rate.",
};
const DENIED: S3Fault = { status: 403, code: "AccessDenied", message: "Access Denied" };

const tokenOf = (key: string) => Buffer.from(key).toString("base64");
const keyOfToken = (token: string) => Buffer.from(token, "base64").toString("utf8");

/**
 * Amazon S3's REST-XML API, path-style only (`/bucket/key`): ListObjectsV2 with prefix, max-keys
 * and continuation tokens, GetObject with Range; NoSuchBucket, NoSuchKey and AccessDenied errors.
 */
export async function startS3Emulator(
  options: { rateLimit?: { rps: number; burst: number }; port?: number } = {},
): Promise<S3Emulator> {
  const buckets = new Map<string, Map<string, StoredObject>>();
  const faults = new FaultQueue<Scheduled>();
  const denied = new Map<S3Operation, string[]>();
  const quota = options.rateLimit;
  const limiter = quota && new KeyedTokenBuckets(quota.rps, quota.burst);
  const calls: S3Call[] = [];
  let pageSize = 1000;
  let throttled = 0;

  function list(res: ServerResponse, bucket: string, url: URL, call: S3Call): void {
    const objects = buckets.get(bucket)!;
    const params = url.searchParams;
    const prefix = params.get("prefix") ?? "";
    const maxKeys = Math.min(Number(params.get("max-keys") ?? 1000), pageSize);
    const token = params.get("continuation-token") ?? undefined;
    const after = token ? keyOfToken(token) : (params.get("start-after") ?? "");
    Object.assign(call, { prefix, maxKeys, continuationToken: token });
    const matching = [...objects.keys()]
      .filter((key) => key.startsWith(prefix) && key > after)
      .sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
    const shown = matching.slice(0, Math.max(0, maxKeys));
    const more = matching.length > shown.length && shown.length > 0;
    sendListPage(res, {
      bucket,
      prefix,
      maxKeys,
      objects: shown.map((key) => objects.get(key)!),
      ...(token && { continuationToken: token }),
      ...(more && { nextToken: tokenOf(shown.at(-1)!) }),
      urlEncoded: params.get("encoding-type") === "url",
    });
  }

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    await readBody(req);
    const url = new URL(req.url ?? "/", "http://emulator");
    const [bucketPart = "", ...keyParts] = url.pathname.slice(1).split("/");
    const bucket = decodeURIComponent(bucketPart);
    const key = keyParts.map(decodeURIComponent).join("/");
    const isList = req.method === "GET" && key === "" && url.searchParams.get("list-type") === "2";
    const isGet = req.method === "GET" && key !== "";
    const operation: S3Call["operation"] = isList
      ? "ListObjectsV2"
      : isGet
        ? "GetObject"
        : "Unknown";
    const call: S3Call = {
      operation,
      bucket,
      ...(key && { key }),
      ...(req.headers.range && { range: String(req.headers.range) }),
      signed: (req.headers.authorization ?? "").startsWith("AWS4-HMAC-SHA256 "),
      at: Date.now(),
    };
    calls.push(call);
    if (operation === "Unknown") {
      const message = `s3 emulator: no operation for ${req.method} ${url.pathname}${url.search}`;
      return sendS3Error(res, { status: 400, code: "NotImplemented", message });
    }
    if (limiter && !limiter.take(operation)) {
      throttled += 1;
      return sendS3Error(res, SLOW_DOWN);
    }
    const scheduled = faults.take(operation);
    if (scheduled === "hang") return;
    const resource = `/${bucket}${key ? `/${key}` : ""}`;
    const denial = denied.get(operation) ?? [];
    const target = key || (url.searchParams.get("prefix") ?? "");
    if (denial.some((prefix) => target.startsWith(prefix))) {
      return sendS3Error(res, DENIED, resource);
    }
    if (scheduled) return sendS3Error(res, scheduled, resource);
    if (!buckets.has(bucket)) {
      const message = "The specified bucket does not exist";
      return sendS3Error(res, { status: 404, code: "NoSuchBucket", message }, resource);
    }
    if (isList) return list(res, bucket, url, call);
    const object = buckets.get(bucket)!.get(key);
    if (!object) {
      const message = "The specified key does not exist.";
      return sendS3Error(res, { status: 404, code: "NoSuchKey", message }, resource);
    }
    sendObject(res, object, call.range);
  }

  const { server, port } = await serve(
    handle,
    (res, error) =>
      sendS3Error(res, { status: 500, code: "InternalError", message: String(error) }),
    options.port,
  );
  return {
    url: `http://127.0.0.1:${port}`,
    port,
    putObject(bucket, key, body, lastModified = new Date("2024-05-01T12:00:00Z")) {
      const objects = buckets.get(bucket) ?? new Map<string, StoredObject>();
      objects.set(key, { key, body: Buffer.from(body), lastModified });
      buckets.set(bucket, objects);
    },
    setPageSize(keys) {
      pageSize = Math.max(1, keys);
    },
    failNext: (operation, fault, times = 1) => faults.add(operation, fault, times),
    hangNext: (operation, times = 1) => faults.add(operation, "hang", times),
    deny(operation, prefix = "") {
      denied.set(operation, [...(denied.get(operation) ?? []), prefix]);
    },
    calls,
    count: (operation) => calls.filter((c) => !operation || c.operation === operation).length,
    get throttled() {
      return throttled;
    },
    reset() {
      calls.length = 0;
      throttled = 0;
      pageSize = 1000;
      faults.clear();
      denied.clear();
      limiter?.clear();
    },
    stop: () => closeServer(server),
  };
}
