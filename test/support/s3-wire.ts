import { randomUUID } from "node:crypto";
import type { ServerResponse } from "node:http";

/** S3's REST-XML wire: error documents, ListObjectsV2 results and byte ranges. */
export interface S3Fault {
  status: number;
  /** S3's error code: NoSuchKey, AccessDenied, SlowDown, InternalError… */
  code: string;
  message?: string;
}

export interface StoredObject {
  key: string;
  body: Buffer;
  lastModified: Date;
}

const XML_HEAD = '<?xml version="1.0" encoding="UTF-8"?>\n';
const NS = "http://s3.amazonaws.com/doc/2006-03-01/";

const ENTITIES: Record<string, string> = {
  "&": "&amp;",
  "<": "&lt;",
  ">": "&gt;",
  '"': "&quot;",
  "'": "&apos;",
};

export function xmlEscape(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ENTITIES[c] ?? c);
}

const element = (name: string, value: string | number | boolean): string =>
  `<${name}>${xmlEscape(String(value))}</${name}>`;

function sendXml(
  res: ServerResponse,
  status: number,
  body: string,
  headers: Record<string, string> = {},
): void {
  res.writeHead(status, {
    "content-type": "application/xml",
    "content-length": String(Buffer.byteLength(body)),
    "x-amz-request-id": randomUUID().replace(/-/g, "").slice(0, 16).toUpperCase(),
    ...headers,
  });
  res.end(body);
}

export function sendS3Error(res: ServerResponse, fault: S3Fault, resource = ""): void {
  const body =
    `${XML_HEAD}<Error>${element("Code", fault.code)}${element("Message", fault.message ?? fault.code)}` +
    `${resource ? element("Resource", resource) : ""}${element("RequestId", "EMULATOR")}</Error>`;
  sendXml(res, fault.status, body);
}

export interface ListPage {
  bucket: string;
  prefix: string;
  maxKeys: number;
  objects: readonly StoredObject[];
  continuationToken?: string;
  nextToken?: string;
  /** `encoding-type=url`: keys are URL-encoded in the answer, as S3 does. */
  urlEncoded: boolean;
}

export function sendListPage(res: ServerResponse, page: ListPage): void {
  const keyText = (key: string) => (page.urlEncoded ? encodeURIComponent(key) : key);
  const contents = page.objects.map(
    (o) =>
      `<Contents>${element("Key", keyText(o.key))}${element("LastModified", o.lastModified.toISOString())}` +
      `${element("ETag", `"${o.body.length.toString(16)}"`)}${element("Size", o.body.length)}` +
      `${element("StorageClass", "STANDARD")}</Contents>`,
  );
  const body =
    `${XML_HEAD}<ListBucketResult xmlns="${NS}">${element("Name", page.bucket)}` +
    `${element("Prefix", keyText(page.prefix))}${element("KeyCount", page.objects.length)}` +
    `${element("MaxKeys", page.maxKeys)}${element("IsTruncated", page.nextToken !== undefined)}` +
    `${page.urlEncoded ? element("EncodingType", "url") : ""}` +
    `${page.continuationToken ? element("ContinuationToken", page.continuationToken) : ""}` +
    `${page.nextToken ? element("NextContinuationToken", page.nextToken) : ""}` +
    `${contents.join("")}</ListBucketResult>`;
  sendXml(res, 200, body);
}

const RANGE = /^bytes=(\d*)-(\d*)$/;

/** The bytes a `Range` header asks for, "all" without one, or undefined when unsatisfiable. */
export function byteRange(
  header: string | undefined,
  size: number,
): { start: number; end: number } | "all" | undefined {
  if (!header) return "all";
  const match = RANGE.exec(header.trim());
  if (!match || (match[1] === "" && match[2] === "")) return undefined;
  if (match[1] === "") {
    const suffix = Number(match[2]);
    return suffix === 0 || size === 0
      ? undefined
      : { start: Math.max(0, size - suffix), end: size - 1 };
  }
  const start = Number(match[1]);
  const end = match[2] === "" ? size - 1 : Math.min(Number(match[2]), size - 1);
  return start >= size || end < start ? undefined : { start, end };
}

export function sendObject(res: ServerResponse, object: StoredObject, rangeHeader?: string): void {
  const size = object.body.length;
  const range = byteRange(rangeHeader, size);
  if (range === undefined) {
    sendS3Error(res, {
      status: 416,
      code: "InvalidRange",
      message: "The requested range is not satisfiable",
    });
    return;
  }
  const { start, end } = range === "all" ? { start: 0, end: size - 1 } : range;
  const body = object.body.subarray(start, end + 1);
  res.writeHead(range === "all" ? 200 : 206, {
    "content-type": "application/json",
    "content-length": String(body.length),
    "accept-ranges": "bytes",
    etag: `"${size.toString(16)}"`,
    "last-modified": object.lastModified.toUTCString(),
    ...(range !== "all" && { "content-range": `bytes ${start}-${end}/${size}` }),
  });
  res.end(body);
}
