import {
  type ConnectClient,
  ListRealtimeContactAnalysisSegmentsV2Command,
  type RealTimeContactAnalysisOutputType,
} from "@aws-sdk/client-connect";
import type { ConnectContactLensClient } from "@aws-sdk/client-connect-contact-lens";
import type { ContactRecord } from "../domain/contact-record.js";
import type { Deadline } from "../infra/deadline.js";
import type { LimitedCall } from "../infra/limited-call.js";
import { collectPages } from "./collect-pages.js";
import type { LazyClients } from "./lazy-clients.js";

export interface ChatSegments {
  segments: unknown[];
  redacted: boolean;
}

/** Contact Lens's real-time segments: a chat's (Connect, V2) and a call's (connect-contact-lens). */
export interface RealtimeSegments {
  /** Redacted segments when the instance redacts, else the raw ones; undefined: none. */
  chat(record: ContactRecord, deadline: Deadline): Promise<ChatSegments | undefined>;
  /** A call's segments (kept 24 hours); undefined: none. */
  call(record: ContactRecord, deadline: Deadline): Promise<unknown[] | undefined>;
}

const SEGMENT_TYPES = ["Transcript", "Categories", "Issues", "PostContactSummary"] as const;
const PER_PAGE = 100;
const MAX_PAGES = 20;

const hasTurns = (segments: readonly unknown[] | undefined) =>
  (segments ?? []).some((s) => typeof s === "object" && s !== null && "Transcript" in s);

export function createRealtimeSegments(deps: {
  connectApi: LimitedCall;
  connect: { forRegion(region: string): ConnectClient };
  lensApi: LimitedCall;
  lens: LazyClients<ConnectContactLensClient>;
}): RealtimeSegments {
  async function chatSegments(
    record: ContactRecord,
    output: RealTimeContactAnalysisOutputType,
    deadline: Deadline,
  ) {
    const client = deps.connect.forRegion(record.region);
    return collectPages(async (token) => {
      const page = await deps.connectApi.send(
        "ListRealtimeContactAnalysisSegmentsV2",
        deadline,
        (abortSignal) =>
          client.send(
            new ListRealtimeContactAnalysisSegmentsV2Command({
              InstanceId: record.instanceId,
              ContactId: record.contact.Id,
              OutputType: output,
              SegmentTypes: [...SEGMENT_TYPES],
              MaxResults: PER_PAGE,
              ...(token && { NextToken: token }),
            }),
            { abortSignal },
          ),
      );
      return page && { items: page.Segments ?? [], next: page.NextToken };
    }, MAX_PAGES);
  }

  return {
    async chat(record, deadline) {
      const redacted = await chatSegments(record, "Redacted", deadline);
      if (hasTurns(redacted)) return { segments: redacted ?? [], redacted: true };
      const raw = await chatSegments(record, "Raw", deadline);
      return raw && raw.length > 0 ? { segments: raw, redacted: false } : undefined;
    },
    async call(record, deadline) {
      const client = await deps.lens.forRegion(record.region);
      const { ListRealtimeContactAnalysisSegmentsCommand } = await import(
        "@aws-sdk/client-connect-contact-lens"
      );
      const segments = await collectPages(async (token) => {
        const page = await deps.lensApi.send(
          "ListRealtimeContactAnalysisSegments",
          deadline,
          (abortSignal) =>
            client.send(
              new ListRealtimeContactAnalysisSegmentsCommand({
                InstanceId: record.instanceId,
                ContactId: record.contact.Id,
                MaxResults: PER_PAGE,
                ...(token && { NextToken: token }),
              }),
              { abortSignal },
            ),
        );
        return page && { items: page.Segments ?? [], next: page.NextToken };
      }, MAX_PAGES);
      return segments && segments.length > 0 ? segments : undefined;
    },
  };
}
