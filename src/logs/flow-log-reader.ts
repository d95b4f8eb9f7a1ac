import type {
  CloudWatchLogsClient,
  FilterLogEventsCommandOutput,
} from "@aws-sdk/client-cloudwatch-logs";
import {
  AccessDeniedError,
  FlowLogGroupNotFoundError,
  ThrottledError,
  UpstreamTimeoutError,
} from "../domain/errors.js";
import type { FlowIncompleteReason } from "../domain/flow-path.js";
import type { Deadline } from "../infra/deadline.js";
import type { LimitedCall } from "../infra/limited-call.js";
import type { LogEvent } from "./flow-log-parser.js";
import type { LogsSdk } from "./logs-clients.js";

export interface FlowLogQuery {
  logGroup: string;
  contactId: string;
  /** Epoch milliseconds. */
  startTime: number;
  endTime: number;
  /** Go on from where an earlier scan stopped. */
  nextToken?: string;
}

export interface FlowLogScan {
  events: LogEvent[];
  incomplete?: FlowIncompleteReason;
  /** With `incomplete`: the token of the first page not read. */
  nextToken?: string;
}

/** Reads one contact's flow log events. Throws FlowLogGroupNotFoundError / AccessDeniedError. */
export type FlowLogReader = (
  logs: { client: CloudWatchLogsClient; sdk: Pick<LogsSdk, "FilterLogEventsCommand"> },
  query: FlowLogQuery,
  deadline: Deadline,
) => Promise<FlowLogScan>;

/** Pages a scan may read: FilterLogEvents pages are often empty while it walks the streams. */
const MAX_PAGES = 50;

/**
 * FilterLogEvents with `{ $.ContactId = "<id>" }`, following nextToken through empty pages until
 * the last page, the deadline or MAX_PAGES. Throttled or out of time: what was read so far, marked
 * incomplete, rather than nothing.
 */
export function createFlowLogReader(api: LimitedCall, maxPages = MAX_PAGES): FlowLogReader {
  return async ({ client, sdk }, query, deadline) => {
    const events: LogEvent[] = [];
    let nextToken = query.nextToken;
    for (let page = 0; page < maxPages; page += 1) {
      const input = {
        logGroupName: query.logGroup,
        filterPattern: `{ $.ContactId = "${query.contactId}" }`,
        startTime: query.startTime,
        endTime: query.endTime,
        ...(nextToken && { nextToken }),
      };
      let out: FilterLogEventsCommandOutput | undefined;
      try {
        out = await api.send("FilterLogEvents", deadline, (abortSignal) =>
          client.send(new sdk.FilterLogEventsCommand(input), { abortSignal }),
        );
      } catch (err) {
        if (err instanceof ThrottledError) return { events, incomplete: "throttled", nextToken };
        if (err instanceof UpstreamTimeoutError)
          return { events, incomplete: "timeout", nextToken };
        if (err instanceof AccessDeniedError) {
          throw new AccessDeniedError(err.action, { cause: err, resource: query.logGroup });
        }
        throw err;
      }
      if (out === undefined) throw new FlowLogGroupNotFoundError(query.logGroup);
      for (const event of out.events ?? []) {
        events.push({ message: event.message, timestamp: event.timestamp });
      }
      nextToken = out.nextToken;
      if (!nextToken) return { events };
    }
    return { events, incomplete: "page_limit", nextToken };
  };
}
