import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import { JSON_11, sendJson11Error } from "./aws-wire.js";
import { FaultQueue } from "./fault-queue.js";
import { closeServer, listen, readBody, sendJson } from "./http-io.js";
import { TokenBucket } from "./token-bucket.js";

export interface StoredLogEvent {
  timestamp: number;
  message: string;
  logStreamName?: string;
}

export interface LogsCall {
  operation: string;
  logGroup?: string;
  filterPattern?: string;
  nextToken?: string;
  at: number;
}

export interface LogsFault {
  status: number;
  type: string;
  message?: string;
}

export interface LogsEmulator {
  url: string;
  port: number;
  /** Creates the log group if needed and adds events to it (any contacts, any order). */
  putEvents(logGroup: string, events: readonly StoredLogEvent[]): void;
  /**
   * Events scanned per page. Like CloudWatch Logs, a page holds the matching events of what it
   * scanned, so pages over other contacts' events come back empty with a nextToken.
   */
  setScanSize(events: number): void;
  /** The next scans start with this many empty pages (each with a nextToken). */
  setLeadingEmptyPages(pages: number): void;
  /** Ignore the filter pattern, as a sloppy one would: the bot must re-check ContactId. */
  setLeakOtherContacts(leak: boolean): void;
  failNext(fault: LogsFault, times?: number): void;
  /** Answers the next `requests` requests normally, then fails `times` of them. */
  failAfter(requests: number, fault: LogsFault | "hang", times?: number): void;
  hangNext(times?: number): void;
  denyAll(): void;
  readonly calls: LogsCall[];
  /** FilterLogEvents requests received. */
  count(): number;
  /** Requests answered ThrottlingException by the rate limit (not by failNext). */
  readonly throttled: number;
  reset(): void;
  stop(): Promise<void>;
}

const TARGET_PREFIX = "Logs_20140328.";
const PATTERN = /^\{\s*\$\.(\w+)\s*=\s*"([^"]*)"\s*\}$/;

interface FilterInput {
  logGroupName?: string;
  logGroupIdentifier?: string;
  filterPattern?: string;
  startTime?: number;
  endTime?: number;
  nextToken?: string;
  limit?: number;
}

interface Cursor {
  offset: number;
  empty: number;
}

const encodeToken = (cursor: Cursor) => Buffer.from(JSON.stringify(cursor)).toString("base64");
function decodeToken(token: string): Cursor | undefined {
  try {
    const cursor = JSON.parse(Buffer.from(token, "base64").toString("utf8")) as Cursor;
    return typeof cursor.offset === "number" ? cursor : undefined;
  } catch {
    return undefined;
  }
}

function matches(pattern: RegExpExecArray | undefined, message: string): boolean {
  if (!pattern) return true;
  try {
    const entry = JSON.parse(message) as Record<string, unknown>;
    return entry[pattern[1]!] === pattern[2];
  } catch {
    return false;
  }
}

/** CloudWatch Logs' JSON 1.1 protocol (`POST /`, X-Amz-Target), FilterLogEvents only. */
export async function startLogsEmulator(
  options: { rateLimit?: { rps: number; burst: number }; port?: number } = {},
): Promise<LogsEmulator> {
  const groups = new Map<string, StoredLogEvent[]>();
  const faults = new FaultQueue<LogsFault | "hang" | "pass">();
  const calls: LogsCall[] = [];
  const quota = options.rateLimit;
  let bucket = quota && new TokenBucket(quota.rps, quota.burst);
  let scanSize = 3;
  let leadingEmpty = 0;
  let leak = false;
  let denied = false;
  let throttled = 0;

  function filter(input: FilterInput): { body: unknown } | LogsFault {
    const name = input.logGroupName ?? input.logGroupIdentifier ?? "";
    const stored = groups.get(name);
    if (!stored) {
      const message = "The specified log group does not exist.";
      return { status: 400, type: "ResourceNotFoundException", message };
    }
    const pattern = input.filterPattern ? PATTERN.exec(input.filterPattern) : undefined;
    if (input.filterPattern && !pattern) {
      return { status: 400, type: "InvalidParameterException", message: "Invalid filter pattern" };
    }
    const cursor = input.nextToken ? decodeToken(input.nextToken) : { offset: 0, empty: 0 };
    if (!cursor) return { status: 400, type: "InvalidParameterException", message: "Bad token" };
    if (cursor.empty < leadingEmpty) {
      const nextToken = encodeToken({ ...cursor, empty: cursor.empty + 1 });
      return { body: { events: [], searchedLogStreams: [], nextToken } };
    }
    const inRange = stored.filter(
      (e) =>
        (input.startTime === undefined || e.timestamp >= input.startTime) &&
        (input.endTime === undefined || e.timestamp <= input.endTime),
    );
    const scanned = inRange.slice(cursor.offset, cursor.offset + scanSize);
    const events = scanned
      .filter((e) => leak || matches(pattern ?? undefined, e.message))
      .map((e, i) => ({
        logStreamName: e.logStreamName ?? "contact-flows",
        timestamp: e.timestamp,
        message: e.message,
        ingestionTime: e.timestamp + 100,
        eventId: `${e.timestamp}${cursor.offset + i}`,
      }));
    const offset = cursor.offset + scanSize;
    const more = offset < inRange.length;
    return {
      body: {
        events,
        searchedLogStreams: [],
        ...(more && { nextToken: encodeToken({ offset, empty: cursor.empty }) }),
      },
    };
  }

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const text = await readBody(req);
    const target = String(req.headers["x-amz-target"] ?? "");
    const operation = target.startsWith(TARGET_PREFIX)
      ? target.slice(TARGET_PREFIX.length)
      : target;
    let input: FilterInput = {};
    try {
      input = text ? (JSON.parse(text) as FilterInput) : {};
    } catch {
      return sendJson11Error(res, 400, "SerializationException", "Request body is not valid JSON");
    }
    calls.push({
      operation,
      logGroup: input.logGroupName ?? input.logGroupIdentifier,
      filterPattern: input.filterPattern,
      nextToken: input.nextToken,
      at: Date.now(),
    });
    if (req.method !== "POST" || operation !== "FilterLogEvents") {
      return sendJson11Error(res, 400, "UnknownOperationException", `Unsupported: ${target}`);
    }
    if (!String(req.headers["content-type"] ?? "").startsWith(JSON_11)) {
      return sendJson11Error(
        res,
        400,
        "SerializationException",
        "Expected application/x-amz-json-1.1",
      );
    }
    if (bucket && !bucket.take()) {
      throttled += 1;
      return sendJson11Error(res, 400, "ThrottlingException", "Rate exceeded");
    }
    const fault = faults.take("FilterLogEvents");
    if (fault === "hang") return;
    if (denied) {
      const message = `User is not authorized to perform: logs:FilterLogEvents on resource: ${input.logGroupName}`;
      return sendJson11Error(res, 400, "AccessDeniedException", message);
    }
    if (fault && fault !== "pass") {
      return sendJson11Error(res, fault.status, fault.type, fault.message ?? fault.type);
    }
    const answer = filter(input);
    if ("type" in answer)
      return sendJson11Error(res, answer.status, answer.type, answer.message ?? "");
    sendJson(res, 200, answer.body, { "content-type": JSON_11 });
  }

  const server = createServer((req, res) => {
    handle(req, res).catch((error: unknown) => {
      if (!res.headersSent) sendJson11Error(res, 500, "ServiceUnavailableException", String(error));
    });
  });
  const port = await listen(server, options.port ?? 0);
  return {
    url: `http://127.0.0.1:${port}`,
    port,
    putEvents(logGroup, events) {
      const stored = [...(groups.get(logGroup) ?? []), ...events];
      groups.set(
        logGroup,
        stored.sort((a, b) => a.timestamp - b.timestamp),
      );
    },
    setScanSize: (events) => {
      scanSize = Math.max(1, events);
    },
    setLeadingEmptyPages: (pages) => {
      leadingEmpty = pages;
    },
    setLeakOtherContacts: (on) => {
      leak = on;
    },
    failNext: (fault, times = 1) => faults.add("FilterLogEvents", fault, times),
    failAfter(requests, fault, times = 1) {
      faults.add("FilterLogEvents", "pass", requests);
      faults.add("FilterLogEvents", fault, times);
    },
    hangNext: (times = 1) => faults.add("FilterLogEvents", "hang", times),
    denyAll: () => {
      denied = true;
    },
    calls,
    count: () => calls.filter((c) => c.operation === "FilterLogEvents").length,
    get throttled() {
      return throttled;
    },
    reset() {
      calls.length = 0;
      throttled = 0;
      faults.clear();
      denied = false;
      leak = false;
      leadingEmpty = 0;
      scanSize = 3;
      bucket = quota && new TokenBucket(quota.rps, quota.burst);
    },
    stop: () => closeServer(server),
  };
}
