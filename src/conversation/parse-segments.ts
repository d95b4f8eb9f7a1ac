import type { CategoryMatch, Conversation } from "../domain/conversation.js";
import { arr, entries, epochMs, field, int, path, text } from "./json-fields.js";
import { keepTurns, type ReadTurn } from "./keep-turns.js";

export interface SegmentsMeta {
  contactId: string;
  channel: string;
  source: string;
  redacted: boolean;
  live: boolean;
}

/** Categories arrive as they match, each segment naming some; merged by name. */
function mergeCategories(found: Map<string, Set<number>>, name: string, at: readonly number[]) {
  const times = found.get(name) ?? new Set<number>();
  for (const ms of at) times.add(ms);
  found.set(name, times);
}

function summaryOf(segments: readonly unknown[]): Conversation["summary"] {
  const last = segments.findLast((s) => field(s, "PostContactSummary") !== undefined);
  const summary = field(last, "PostContactSummary");
  const content = text(field(summary, "Content"));
  const failure = text(field(summary, "FailureCode"));
  if (!content && !failure) return undefined;
  return { ...(content && { text: content }), ...(failure && { failure }) };
}

function conversation(
  meta: SegmentsMeta,
  turns: ReadTurn[],
  found: Map<string, Set<number>>,
  segments: readonly unknown[],
): Conversation {
  const categories: CategoryMatch[] = [...found].map(([name, at]) => ({
    name,
    at: [...at].sort((a, b) => a - b),
  }));
  const summary = summaryOf(segments);
  return {
    ...meta,
    ...(summary && { summary }),
    categories,
    skipped: [],
    ...keepTurns(turns, categories),
  };
}

/**
 * A call's real-time segments (Contact Lens ListRealtimeContactAnalysisSegments): turns offset
 * in milliseconds, issues as character offsets, categories' points of interest in milliseconds.
 */
export function parseCallSegments(segments: readonly unknown[], meta: SegmentsMeta): Conversation {
  const found = new Map<string, Set<number>>();
  const turns: ReadTurn[] = [];
  for (const segment of segments) {
    const turn = field(segment, "Transcript");
    const content = text(field(turn, "Content"));
    if (content) {
      const offsets = path(arr(field(turn, "IssuesDetected"))[0], "CharacterOffsets");
      const sentiment = text(field(turn, "Sentiment"));
      const issue =
        offsets === undefined
          ? undefined
          : content.slice(
              int(field(offsets, "BeginOffsetChar")) ?? 0,
              int(field(offsets, "EndOffsetChar")) ?? content.length,
            ) || content;
      turns.push({
        at: int(field(turn, "BeginOffsetMillis")) ?? 0,
        role: text(field(turn, "ParticipantRole")) ?? "UNKNOWN",
        text: content,
        ...(sentiment && { sentiment }),
        ...(issue && { issue }),
      });
    }
    const matched = field(segment, "Categories");
    for (const name of arr(field(matched, "MatchedCategories"))) {
      if (typeof name === "string") mergeCategories(found, name, []);
    }
    for (const [name, detail] of entries(field(matched, "MatchedDetails"))) {
      const at = arr(field(detail, "PointsOfInterest")).flatMap(
        (poi) => int(field(poi, "BeginOffsetMillis")) ?? [],
      );
      mergeCategories(found, name, at);
    }
  }
  return conversation(meta, turns, found, segments);
}

/**
 * A chat's segments (Connect ListRealtimeContactAnalysisSegmentsV2): messages timed absolutely,
 * issues and categories' points of interest naming the transcript items they are in.
 */
export function parseChatSegments(segments: readonly unknown[], meta: SegmentsMeta): Conversation {
  const items = segments.map((s) => field(s, "Transcript")).filter((t) => t !== undefined);
  const times = items.flatMap((t) => epochMs(path(t, "Time", "AbsoluteTime")) ?? []);
  const start = times.length > 0 ? Math.min(...times) : 0;
  const atOf = new Map<string, number>();
  for (const item of items) {
    const id = text(field(item, "Id"));
    const ms = epochMs(path(item, "Time", "AbsoluteTime"));
    if (id && ms !== undefined) atOf.set(id, ms - start);
  }
  const issues = new Map<string, string>();
  const found = new Map<string, Set<number>>();
  for (const segment of segments) {
    for (const issue of arr(path(segment, "Issues", "IssuesDetected"))) {
      for (const item of arr(field(issue, "TranscriptItems"))) {
        const id = text(field(item, "Id"));
        if (id) issues.set(id, text(field(item, "Content")) ?? "");
      }
    }
    for (const [name, detail] of entries(path(segment, "Categories", "MatchedDetails"))) {
      const at = arr(field(detail, "PointsOfInterest")).flatMap((poi) =>
        arr(field(poi, "TranscriptItems")).flatMap(
          (item) => atOf.get(text(field(item, "Id")) ?? "") ?? [],
        ),
      );
      mergeCategories(found, name, at);
    }
  }
  const turns = items.flatMap((item): ReadTurn[] => {
    const content = text(field(item, "Content"));
    const id = text(field(item, "Id")) ?? "";
    if (!content) return [];
    const sentiment = text(field(item, "Sentiment"));
    const issue = issues.has(id) ? issues.get(id) || content : undefined;
    const role = text(field(item, "ParticipantRole")) ?? "UNKNOWN";
    return [
      {
        at: atOf.get(id) ?? 0,
        role,
        text: content,
        ...(sentiment && { sentiment }),
        ...(issue && { issue }),
      },
    ];
  });
  return conversation(meta, turns, found, segments);
}
