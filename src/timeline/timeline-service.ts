import { LRUCache } from "lru-cache";
import { renderTimelineSvg } from "../../blocks/timeline/timeline-svg.js";
import type { Cache } from "../cache/cache.js";
import type { ContactLookup } from "../connect/contact-lookup.js";
import type { ContactService } from "../connect/contact-service.js";
import type { ChainLeg, ContactRecord } from "../domain/contact-record.js";
import { buildTimeline } from "../domain/timeline/build-timeline.js";
import type { Timeline, TimelineMark } from "../domain/timeline/timeline.js";
import { createSingleFlight } from "../infra/single-flight.js";
import type { Rasterize } from "./rasterize.js";

export interface TimelinePicture {
  timeline: Timeline;
  /** Undefined when rendering failed: the caller answers with the timeline in words. */
  png?: Buffer;
  /** Names this picture (contact and zone) for the uploads remembered with `rememberFile`. */
  key: string;
  /** True when the PNG came from the cache, with no render. */
  cached: boolean;
}

/** Where a picture was uploaded: `dm:<user>` or `<channel>:<thread ts>`. */
export type UploadPlace = string;

export interface SharedFile {
  id: string;
  permalink?: string;
}

export interface TimelineService {
  /** The transfer chain of `record` drawn in `zone`; ended chains from the cache. */
  picture(record: ContactRecord, lookup: ContactLookup, zone: string): Promise<TimelinePicture>;
  /** The file this picture was uploaded as in `place`, if it was (and has ended). */
  fileIn(picture: TimelinePicture, place: UploadPlace): Promise<SharedFile | undefined>;
  rememberFile(picture: TimelinePicture, place: UploadPlace, file: SharedFile): Promise<void>;
}

export interface TimelineServiceOptions {
  contacts: Pick<ContactService, "chain">;
  cache: Cache;
  rasterize: Rasterize;
  /** CACHE_TTL_ENDED_SECONDS: an ended chain no longer changes. */
  ttlSeconds: number;
  /** Bytes of pictures kept in this process (default 32 MiB). */
  maxBytes?: number;
  /** Findings with a time per contact id (the flow path's failed blocks), when available. */
  marks?: (legs: readonly ChainLeg[]) => Promise<Record<string, TimelineMark[]>>;
  onRender?: (outcome: "ok" | "error", seconds: number, error?: unknown) => void;
  now?: () => number;
}

/**
 * Only a finished picture is kept: an ongoing contact is drawn up to now, and a leg that could not
 * be read this time (throttled, timed out) may be readable on the next click.
 */
const settled = (timeline: Timeline) =>
  !timeline.ongoing && !timeline.lanes.some((lane) => lane.missing === "error");

interface Stored {
  timeline: Timeline;
  png: Buffer;
}

/**
 * Pictures are kept in this process, bounded by their bytes (~40–60 KB each), not in the shared
 * cache: thousands of them would not fit a memory cache counted in entries. The uploads' file ids,
 * which decide whether a click uploads again, are small and go to the shared cache (Redis).
 */
const PICTURE_BYTES = 32 * 1024 * 1024;

export function createTimelineService(options: TimelineServiceOptions): TimelineService {
  const { cache, contacts, rasterize, ttlSeconds } = options;
  const now = options.now ?? Date.now;
  const flight = createSingleFlight<TimelinePicture>();
  const pictures = new LRUCache<string, Stored>({
    maxSize: options.maxBytes ?? PICTURE_BYTES,
    sizeCalculation: (stored) => stored.png.length + 4096,
    ttl: ttlSeconds * 1000,
  });

  async function draw(timeline: Timeline): Promise<Buffer | undefined> {
    const started = performance.now();
    try {
      const png = await rasterize(renderTimelineSvg(timeline));
      options.onRender?.("ok", (performance.now() - started) / 1000);
      return png;
    } catch (error) {
      options.onRender?.("error", (performance.now() - started) / 1000, error);
      return undefined;
    }
  }

  async function render(record: ContactRecord, lookup: ContactLookup, zone: string, key: string) {
    const hit = pictures.get(key);
    if (hit) return { ...hit, key, cached: true };
    const legs = await contacts.chain(record, lookup);
    const marks = options.marks ? await options.marks(legs).catch(() => ({})) : {};
    const timeline = buildTimeline(legs, { now: now(), zone, currentId: record.contact.Id, marks });
    const png = await draw(timeline);
    if (png && settled(timeline)) pictures.set(key, { timeline, png });
    return { timeline, png, key, cached: false };
  }

  return {
    picture(record, lookup, zone) {
      const key = `${record.instanceId}:${(record.contact.Id ?? "").toLowerCase()}:${zone}`;
      return flight(key, () => render(record, lookup, zone, key));
    },
    async fileIn(picture, place) {
      if (!settled(picture.timeline)) return undefined;
      const raw = await cache.get(`timeline:file:${place}:${picture.key}`);
      try {
        const file = raw ? (JSON.parse(raw) as SharedFile) : undefined;
        return typeof file?.id === "string" ? file : undefined;
      } catch {
        return undefined;
      }
    },
    async rememberFile(picture, place, file) {
      if (!settled(picture.timeline)) return;
      await cache.set(`timeline:file:${place}:${picture.key}`, JSON.stringify(file), ttlSeconds);
    },
  };
}
