import type { Cache } from "../cache/cache.js";
import { encodeJson } from "../cache/json-codec.js";
import type { Config } from "../config/config.js";
import type { ContactRecord } from "../domain/contact-record.js";
import type { Conversation } from "../domain/conversation.js";
import { AccessDeniedError, UpstreamError } from "../domain/errors.js";
import { toDate } from "../domain/to-date.js";
import type { CacheEntry } from "../infra/cache-entry.js";
import { type Deadline, startDeadline } from "../infra/deadline.js";
import { readCachedJson } from "../infra/read-cached-json.js";
import { createSingleFlight } from "../infra/single-flight.js";
import type { AnalysisBucket } from "./analysis-bucket.js";
import type { AnalysisFiles } from "./analysis-files.js";
import { type AnalysisKind, analysisPrefixes } from "./analysis-keys.js";
import { parseAnalysisFile } from "./parse-analysis-file.js";
import { parsePrefix } from "./parse-prefix.js";
import { parseCallSegments, parseChatSegments } from "./parse-segments.js";
import type { RealtimeSegments } from "./realtime-segments.js";

/** What Contact Lens made of a contact: the data of the Conversation section. */
export interface ConversationService {
  /**
   * From the cache, else from Contact Lens: a call's post-call analysis file in S3 (redacted one
   * preferred), a chat's real-time segments (else its file), a call's real-time segments while it
   * is in progress. Undefined: Contact Lens did not analyse the contact. Throws AccessDeniedError
   * naming the refused action, ThrottledError, UpstreamTimeoutError.
   */
  read(record: ContactRecord): Promise<Conversation | undefined>;
  /** The cached analysis only, never a call: for the findings. */
  cached(record: ContactRecord): Promise<Conversation | undefined>;
}

/** A person is waiting; listing, reading megabytes and parsing them fit in this. */
export const CONVERSATION_DEADLINE_MS = 8000;
/** `null` remembers that the contact has no conversation analysed (yet). */
type Entry = CacheEntry<Conversation | null>;

/** Contact Lens keeps a call's real-time segments this long. */
const REALTIME_KEPT_MS = 24 * 3600_000;

const keyOf = (record: ContactRecord) =>
  `conversation:${record.instanceId}:${(record.contact.Id ?? "").toLowerCase()}`;

interface Loaded {
  conversation?: Conversation;
  ttlSeconds: number;
}

export function createConversationService(deps: {
  files: AnalysisFiles;
  realtime: RealtimeSegments;
  bucket: AnalysisBucket;
  cache: Cache;
  config: Pick<Config, "cache">;
  deadlineMs?: number;
  now?: () => number;
}): ConversationService {
  const { cache } = deps;
  const ttl = deps.config.cache;
  const now = deps.now ?? Date.now;
  const flight = createSingleFlight<Conversation | undefined>();

  async function fromFile(record: ContactRecord, kind: AnalysisKind, deadline: Deadline) {
    const { contact, region } = record;
    // Files are dated by the agent's answer; a chat that never reached one, by its start.
    const day =
      toDate(contact.AgentInfo?.ConnectedToAgentTimestamp) ??
      (kind === "Chat" ? toDate(contact.InitiationTimestamp) : undefined);
    if (!day || !contact.Id) return undefined;
    const resource = kind === "Voice" ? "CALL_RECORDINGS" : "CHAT_TRANSCRIPTS";
    const where = await deps.bucket(record, resource, deadline);
    if (!where) return undefined;
    for (const prefix of analysisPrefixes(kind, contact.Id, day, where.prefix)) {
      const object = await deps.files.latest(region, where.bucket, prefix, deadline);
      const read = object && (await deps.files.read(region, object, deadline));
      if (!object || !read) continue;
      const source = `s3://${object.bucket}/${object.key}`;
      const parsed = parsePrefix(read.text);
      const conversation =
        parsed &&
        parseAnalysisFile(parsed.value, {
          contactId: contact.Id,
          source,
          ...(read.readBytes && { readBytes: read.readBytes }),
        });
      if (!conversation)
        throw new UpstreamError("Contact Lens", `${source} is not an analysis file`);
      return conversation;
    }
    return undefined;
  }

  async function callSegments(record: ContactRecord, live: boolean, deadline: Deadline) {
    const segments = await deps.realtime.call(record, deadline);
    return (
      segments &&
      parseCallSegments(segments, {
        contactId: record.contact.Id ?? "",
        channel: "VOICE",
        source: "ListRealtimeContactAnalysisSegments",
        redacted: false,
        live,
      })
    );
  }

  async function load(record: ContactRecord): Promise<Loaded> {
    const deadline = startDeadline(deps.deadlineMs ?? CONVERSATION_DEADLINE_MS);
    const { contact } = record;
    const ended = toDate(contact.DisconnectTimestamp);
    if (contact.Channel === "CHAT") {
      const chat = await deps.realtime.chat(record, deadline);
      if (chat) {
        const conversation = parseChatSegments(chat.segments, {
          contactId: contact.Id ?? "",
          channel: "CHAT",
          source: "ListRealtimeContactAnalysisSegmentsV2",
          redacted: chat.redacted,
          live: !ended,
        });
        return { conversation, ttlSeconds: ended ? ttl.endedTtlSeconds : ttl.activeTtlSeconds };
      }
      if (!ended) return { ttlSeconds: ttl.activeTtlSeconds };
      const file = await fromFile(record, "Chat", deadline);
      return {
        conversation: file,
        ttlSeconds: file ? ttl.endedTtlSeconds : ttl.notFoundTtlSeconds,
      };
    }
    if (contact.Channel !== "VOICE") return { ttlSeconds: ttl.endedTtlSeconds };
    if (!ended) {
      const live = await callSegments(record, true, deadline);
      return { conversation: live, ttlSeconds: ttl.activeTtlSeconds };
    }
    const file = await fromFile(record, "Voice", deadline);
    if (file) return { conversation: file, ttlSeconds: ttl.endedTtlSeconds };
    // The file comes minutes after the call; until then its real-time segments, if any, and
    // never a refusal of that fallback instead of "not analysed".
    if (now() - ended.getTime() > REALTIME_KEPT_MS) return { ttlSeconds: ttl.notFoundTtlSeconds };
    const recent = await callSegments(record, false, deadline).catch((err: unknown) => {
      if (err instanceof AccessDeniedError) return undefined;
      throw err;
    });
    return { conversation: recent, ttlSeconds: ttl.notFoundTtlSeconds };
  }

  const service: ConversationService = {
    async cached(record) {
      const hit = await readCachedJson<Entry>(cache, keyOf(record), ({ v }) =>
        Array.isArray(v?.turns),
      );
      return hit?.v ?? undefined;
    },
    async read(record) {
      const key = keyOf(record);
      const hit = await readCachedJson<Entry>(cache, key);
      if (hit) return hit.v ?? undefined;
      return flight(key, async () => {
        const { conversation, ttlSeconds } = await load(record);
        await cache.set(key, encodeJson({ v: conversation ?? null }), ttlSeconds);
        return conversation;
      });
    },
  };
  return service;
}
