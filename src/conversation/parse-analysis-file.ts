import type { CategoryMatch, Conversation, SkippedAnalysis } from "../domain/conversation.js";
import { arr, entries, epochMs, field, int, obj, path, text } from "./json-fields.js";
import { keepTurns, type ReadTurn } from "./keep-turns.js";
import { perRole, talkStats } from "./talk-stats.js";

export interface AnalysisFileMeta {
  contactId?: string;
  /** Where the file was read, e.g. its s3:// URI or a local path. */
  source: string;
  /** The file was larger than allowed and only its first bytes were read. */
  readBytes?: { read: number; size: number };
}

const SUMMARY_FEATURE = "POST_CONTACT_SUMMARY";

/** Older files name participants by id in every per-participant map; newer ones by role. */
function roles(file: unknown): (key: string) => string {
  const byId = new Map<string, string>();
  for (const participant of arr(field(file, "Participants"))) {
    const id = text(field(participant, "ParticipantId"));
    const role = text(field(participant, "ParticipantRole"));
    if (id && role) byId.set(id, role);
  }
  return (key) => byId.get(key) ?? key;
}

function categories(file: unknown): CategoryMatch[] {
  const details = path(file, "Categories", "MatchedDetails");
  const names = [
    ...arr(path(file, "Categories", "MatchedCategories")).flatMap((n) => text(n) ?? []),
    ...entries(details).map(([name]) => name),
  ];
  return [...new Set(names)].map((name) => ({
    name,
    at: arr(path(details, name, "PointsOfInterest"))
      .flatMap((poi) => int(field(poi, "BeginOffsetMillis")) ?? [])
      .sort((a, b) => a - b),
  }));
}

function issueWords(turn: unknown, content: string): string | undefined {
  const issue = arr(field(turn, "IssuesDetected"))[0];
  if (issue === undefined) return undefined;
  const begin = int(path(issue, "CharacterOffsets", "BeginOffsetChar")) ?? 0;
  const end = int(path(issue, "CharacterOffsets", "EndOffsetChar")) ?? content.length;
  return text(field(issue, "Text")) ?? (content.slice(begin, end) || content);
}

function turns(file: unknown, roleOf: (key: string) => string): ReadTurn[] {
  const transcript = arr(field(file, "Transcript"));
  // Chat files time their messages (AbsoluteTime) rather than offset them.
  const times = transcript.flatMap((t) => epochMs(field(t, "AbsoluteTime")) ?? []);
  const start = times.length > 0 ? Math.min(...times) : 0;
  return transcript.flatMap((turn) => {
    const content = text(field(turn, "Content"));
    const absolute = epochMs(field(turn, "AbsoluteTime"));
    const at =
      int(field(turn, "BeginOffsetMillis")) ?? (absolute === undefined ? 0 : absolute - start);
    if (!content) return [];
    const role =
      text(field(turn, "ParticipantRole")) ?? roleOf(text(field(turn, "ParticipantId")) ?? "");
    const sentiment = text(field(turn, "Sentiment"));
    const issue = issueWords(turn, content);
    return [{ at, role, text: content, ...(sentiment && { sentiment }), ...(issue && { issue }) }];
  });
}

/**
 * A post-call analysis file (voice or chat) as the section's model; undefined when `file` is not
 * one. A file cut short (see parsePrefix) gives what its first part holds.
 */
export function parseAnalysisFile(file: unknown, meta: AnalysisFileMeta): Conversation | undefined {
  const characteristics = field(file, "ConversationCharacteristics");
  if (!obj(file) || (!obj(characteristics) && !Array.isArray(field(file, "Transcript")))) {
    return undefined;
  }
  const roleOf = roles(file);
  const skippedAll: SkippedAnalysis[] = arr(path(file, "JobDetails", "SkippedAnalysis")).flatMap(
    (s) => {
      const feature = text(field(s, "Feature"));
      return feature ? [{ feature, reason: text(field(s, "ReasonCode")) ?? "UNKNOWN" }] : [];
    },
  );
  const summaryText = text(
    path(characteristics, "ContactSummary", "PostContactSummary", "Content"),
  );
  const failure = skippedAll.find((s) => s.feature === SUMMARY_FEATURE)?.reason;
  const sentiment = field(characteristics, "Sentiment");
  const matched = categories(file);
  return {
    contactId: meta.contactId ?? "",
    channel: text(field(file, "Channel")) ?? "VOICE",
    source: meta.source,
    redacted: path(file, "ContentMetadata", "Output") === "Redacted",
    ...((summaryText || failure) && {
      summary: { ...(summaryText && { text: summaryText }), ...(failure && { failure }) },
    }),
    ...(obj(sentiment) && {
      sentiment: {
        overall: perRole(field(sentiment, "OverallSentiment"), roleOf, int),
        quarters: entries(path(sentiment, "SentimentByPeriod", "QUARTER")).map(([key, list]) => ({
          role: roleOf(key),
          scores: arr(list).flatMap((q) => int(field(q, "Score")) ?? []),
        })),
      },
    }),
    categories: matched,
    ...(obj(characteristics) && { talk: talkStats(characteristics, roleOf) }),
    skipped: skippedAll.filter((s) => s.feature !== SUMMARY_FEATURE),
    ...keepTurns(turns(file, roleOf), matched),
    ...(meta.readBytes && { readBytes: meta.readBytes }),
  };
}
