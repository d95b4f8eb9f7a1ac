import type {
  InstanceStorageConfig,
  InstanceStorageResourceType,
  RealTimeContactAnalysisStatus,
  RealTimeContactAnalysisSupportedChannel,
  RealtimeContactAnalysisSegment,
} from "@aws-sdk/client-connect";
import type { ConnectAnswer } from "./connect-store.js";

/** What ListRealtimeContactAnalysisSegmentsV2 knows of one contact. */
export interface AnalysisSegmentsV2 {
  channel: RealTimeContactAnalysisSupportedChannel;
  status: RealTimeContactAnalysisStatus;
  /** OutputType Raw. */
  segments: readonly RealtimeContactAnalysisSegment[];
  /** OutputType Redacted; absent: the instance does not redact, and the answer has no segments. */
  redacted?: readonly RealtimeContactAnalysisSegment[];
  /** Segments per page at most, whatever MaxResults asks (100 by default, Connect's maximum). */
  pageSize?: number;
}

const STORAGE_PAGE = 10;
const SEGMENTS_PAGE = 100;

const bad = (message: string): ConnectAnswer => ({
  fault: { status: 400, type: "InvalidRequestException", message },
});

const pageToken = (offset: number) => Buffer.from(String(offset)).toString("base64");
function offsetOf(token: unknown): number | undefined {
  if (token === undefined || token === "") return 0;
  const offset = Number(Buffer.from(String(token), "base64").toString());
  return Number.isInteger(offset) && offset >= 0 ? offset : undefined;
}

function page<T>(items: readonly T[], token: unknown, max: number) {
  const offset = offsetOf(token);
  if (offset === undefined) return undefined;
  const next = offset + max < items.length ? pageToken(offset + max) : undefined;
  return { items: items.slice(offset, offset + max), ...(next && { NextToken: next }) };
}

/** The segment's one member: "Transcript", "Categories", "Issues", "PostContactSummary"… */
const typeOf = (segment: RealtimeContactAnalysisSegment): string =>
  Object.keys(segment).find((key) => key !== "$unknown") ?? "";

/**
 * The Connect emulator's Contact Lens side: the instance's storage configurations and the
 * contacts' real-time analysis segments (V2). Dates in segments are ISO 8601 on the wire
 * (`AbsoluteTime` is a date-time member), which a JSON round trip gives.
 */
export class ConnectAnalysisStore {
  private readonly storage = new Map<string, InstanceStorageConfig[]>();
  private readonly segments = new Map<string, AnalysisSegmentsV2>();

  putStorageConfig(
    instanceId: string,
    resourceType: InstanceStorageResourceType,
    config: InstanceStorageConfig,
  ): void {
    const key = `${instanceId}|${resourceType}`;
    this.storage.set(key, [...(this.storage.get(key) ?? []), config]);
  }

  putSegmentsV2(instanceId: string, contactId: string, data: AnalysisSegmentsV2): void {
    this.segments.set(`${instanceId}|${contactId}`, data);
  }

  listStorageConfigs(instanceId: string, params: Record<string, string>): ConnectAnswer {
    const type = params.resourceType;
    if (!type) return bad("resourceType is required");
    const configs = this.storage.get(`${instanceId}|${type}`) ?? [];
    const max = Math.min(Number(params.maxResults ?? STORAGE_PAGE), STORAGE_PAGE);
    const found = page(configs, params.nextToken, max);
    if (!found) return bad("Bad nextToken");
    const { items, ...next } = found;
    return { body: { StorageConfigs: items, ...next } };
  }

  listSegmentsV2(
    instanceId: string,
    contactId: string,
    body: Record<string, unknown>,
  ): ConnectAnswer {
    const types = body.SegmentTypes;
    if (body.OutputType !== "Raw" && body.OutputType !== "Redacted") {
      return bad("OutputType must be Raw or Redacted");
    }
    if (!Array.isArray(types) || types.length === 0) return bad("SegmentTypes is required");
    const data = this.segments.get(`${instanceId}|${contactId}`);
    if (!data) {
      const message = `No real-time contact analysis for ${contactId}`;
      return { fault: { status: 404, type: "ResourceNotFoundException", message } };
    }
    const source = body.OutputType === "Redacted" ? (data.redacted ?? []) : data.segments;
    const wanted = source.filter((segment) => types.includes(typeOf(segment)));
    const max = Math.min(Number(body.MaxResults ?? SEGMENTS_PAGE), data.pageSize ?? SEGMENTS_PAGE);
    const found = page(wanted, body.NextToken, max);
    if (!found) return bad("Bad NextToken");
    const { items, ...next } = found;
    return {
      body: {
        Channel: data.channel,
        Status: data.status,
        Segments: JSON.parse(JSON.stringify(items)) as unknown,
        ...next,
      },
    };
  }
}
