import { formatSeconds } from "../../src/domain/duration.js";
import { clockTime, dayOf, zoneName } from "../../src/domain/time-zones.js";
import type { SegmentKind, Timeline, TimelineLane } from "../../src/domain/timeline/timeline.js";
import { cleanText } from "./svg-text.js";

const WORDS: Record<SegmentKind, string> = {
  scheduled: "scheduled wait",
  flow: "flow",
  queue: "in queue",
  abandoned: "abandoned in queue",
  agent: "with agent",
  acw: "after-contact work",
};

const MISSING: Record<NonNullable<TimelineLane["missing"]>, string> = {
  not_found: "not found (older than the 24-month retention?)",
  cycle: "cycle, stopped here",
  error: "could not be read",
};

const took = (from: number, to: number) => formatSeconds((to - from) / 1000) ?? "?";

/** "3 legs, 25m 00s, times in Europe/London (UTC+1)". */
export function timelineHeadline(timeline: Timeline): string {
  const legs = timeline.lanes.length;
  const zone = zoneName(timeline.zone, timeline.start);
  return `${legs} ${legs === 1 ? "leg" : "legs"}, ${took(timeline.start, timeline.end)}${timeline.ongoing ? " so far, ongoing" : ""}, ${dayOf(timeline.start, timeline.zone)}, times in ${zone}`;
}

/**
 * One line per leg, in plain text (callers escape for their format): "1. Voice · Inbound
 * de1e6760, 11:00:00–11:05:00: flow 20s, in queue Support 40s, with agent Bob Smith 4m 00s".
 */
export function timelineLines(timeline: Timeline): string[] {
  const { zone } = timeline;
  return timeline.lanes.map((lane, i) => {
    const head = `${i + 1}. ${lane.missing ? "Leg" : lane.title} ${lane.contactId.slice(0, 8)}${lane.current ? " (this contact)" : ""}`;
    if (lane.missing) return `${head}: ${MISSING[lane.missing]}`;
    const span =
      lane.start !== undefined && lane.end !== undefined
        ? `, ${clockTime(lane.start, zone)}–${lane.ongoing ? "now" : clockTime(lane.end, zone)}`
        : "";
    const parts = [
      ...lane.segments.map((s) =>
        [
          WORDS[s.kind],
          s.name && s.kind !== "acw" ? cleanText(s.name) : undefined,
          took(s.start, s.end),
        ]
          .filter(Boolean)
          .join(" "),
      ),
      ...lane.marks.map((m) => `${cleanText(m.label)} at ${clockTime(m.at, zone)}`),
      ...(lane.ongoing ? ["ongoing"] : []),
    ];
    return `${head}${span}${parts.length > 0 ? `: ${parts.join(", ")}` : ""}`;
  });
}

/** The picture in words for an image's alt text: Slack keeps at most 1000 characters of it. */
export function timelineAltText(timeline: Timeline, max = 1000): string {
  const text = `Contact timeline: ${timelineHeadline(timeline)}. ${timelineLines(timeline).join("; ")}`;
  return Array.from(text).length <= max
    ? text
    : `${Array.from(text)
        .slice(0, max - 1)
        .join("")}…`;
}
