import type { IncomingMessage, ServerResponse } from "node:http";
import type { RealtimeContactAnalysisSegment } from "@aws-sdk/client-connect-contact-lens";
import { sendRestJsonError, toAwsWire } from "./aws-wire.js";
import { FaultQueue } from "./fault-queue.js";
import { closeServer, readBody, sendJson, serve } from "./http-io.js";
import { TokenBucket } from "./token-bucket.js";

export interface ContactLensFault {
  status: number;
  type: string;
  message?: string;
}

export interface ContactLensCall {
  operation: string;
  instanceId?: string;
  contactId?: string;
  maxResults?: number;
  nextToken?: string;
  signed: boolean;
  at: number;
}

export interface ContactLensEmulator {
  url: string;
  port: number;
  /** The real-time segments of a call in progress, in the order Contact Lens produced them. */
  putSegments(
    instanceId: string,
    contactId: string,
    segments: readonly RealtimeContactAnalysisSegment[],
  ): void;
  /** Segments per page at most, whatever MaxResults asks. */
  setPageSize(segments: number): void;
  failNext(fault: ContactLensFault, times?: number): void;
  hangNext(times?: number): void;
  denyAll(): void;
  readonly calls: ContactLensCall[];
  count(): number;
  readonly throttled: number;
  reset(): void;
  stop(): Promise<void>;
}

/** The route of the SDK's schema: `POST /realtime-contact-analysis/analysis-segments`. */
const OPERATION = "ListRealtimeContactAnalysisSegments";
const PATH = "/realtime-contact-analysis/analysis-segments";

interface ListInput {
  InstanceId?: string;
  ContactId?: string;
  MaxResults?: number;
  NextToken?: string;
}

/** Amazon Connect Contact Lens (service `connect-contact-lens`, rest-json): real-time segments. */
export async function startContactLensEmulator(
  options: { rateLimit?: { rps: number; burst: number }; port?: number } = {},
): Promise<ContactLensEmulator> {
  const stored = new Map<string, readonly RealtimeContactAnalysisSegment[]>();
  const faults = new FaultQueue<ContactLensFault | "hang">();
  const calls: ContactLensCall[] = [];
  const quota = options.rateLimit;
  let bucket = quota && new TokenBucket(quota.rps, quota.burst);
  let pageSize = 100;
  let denied = false;
  let throttled = 0;

  function list(res: ServerResponse, input: ListInput) {
    if (!input.InstanceId || !input.ContactId) {
      return sendRestJsonError(res, 400, "InvalidRequestException", "InstanceId and ContactId");
    }
    const segments = stored.get(`${input.InstanceId}|${input.ContactId}`);
    if (!segments) {
      // Real-time segments are kept 24 hours; after that (or never analysed) the contact is unknown.
      const message = `No real-time analysis for contact ${input.ContactId}`;
      return sendRestJsonError(res, 404, "ResourceNotFoundException", message);
    }
    const offset = input.NextToken ? Number(Buffer.from(input.NextToken, "base64").toString()) : 0;
    if (!Number.isInteger(offset) || offset < 0) {
      return sendRestJsonError(res, 400, "InvalidRequestException", "Bad NextToken");
    }
    const size = Math.min(input.MaxResults ?? 100, pageSize);
    const page = segments.slice(offset, offset + size);
    const next = offset + size < segments.length ? offset + size : undefined;
    sendJson(res, 200, {
      Segments: toAwsWire(page),
      ...(next !== undefined && { NextToken: Buffer.from(String(next)).toString("base64") }),
    });
  }

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const text = await readBody(req);
    const path = new URL(req.url ?? "/", "http://emulator").pathname;
    let input: ListInput = {};
    try {
      input = text ? (JSON.parse(text) as ListInput) : {};
    } catch {
      return sendRestJsonError(res, 400, "SerializationException", "Bad JSON");
    }
    const known = req.method === "POST" && path === PATH;
    calls.push({
      operation: known ? OPERATION : "Unknown",
      instanceId: input.InstanceId,
      contactId: input.ContactId,
      maxResults: input.MaxResults,
      nextToken: input.NextToken,
      signed: (req.headers.authorization ?? "").startsWith("AWS4-HMAC-SHA256 "),
      at: Date.now(),
    });
    if (!known) {
      return sendRestJsonError(res, 404, "UnknownOperationException", `${req.method} ${path}`);
    }
    if (bucket && !bucket.take()) {
      throttled += 1;
      return sendRestJsonError(res, 429, "ThrottlingException", "Rate exceeded");
    }
    const fault = faults.take(OPERATION);
    if (fault === "hang") return;
    if (denied) {
      const message = `User is not authorized to perform: connect:${OPERATION}`;
      return sendRestJsonError(res, 403, "AccessDeniedException", message);
    }
    if (fault) return sendRestJsonError(res, fault.status, fault.type, fault.message);
    list(res, input);
  }

  const { server, port } = await serve(
    handle,
    (res, error) => sendRestJsonError(res, 500, "InternalServiceException", String(error)),
    options.port,
  );
  return {
    url: `http://127.0.0.1:${port}`,
    port,
    putSegments(instanceId, contactId, segments) {
      stored.set(`${instanceId}|${contactId}`, [...segments]);
    },
    setPageSize(segments) {
      pageSize = Math.max(1, segments);
    },
    failNext: (fault, times = 1) => faults.add(OPERATION, fault, times),
    hangNext: (times = 1) => faults.add(OPERATION, "hang", times),
    denyAll() {
      denied = true;
    },
    calls,
    count: () => calls.filter((c) => c.operation === OPERATION).length,
    get throttled() {
      return throttled;
    },
    reset() {
      calls.length = 0;
      throttled = 0;
      pageSize = 100;
      denied = false;
      faults.clear();
      bucket = quota && new TokenBucket(quota.rps, quota.burst);
    },
    stop: () => closeServer(server),
  };
}
