import { formatSeconds } from "../../src/domain/duration.js";
import { dayOf, zoneName } from "../../src/domain/time-zones.js";
import type {
  Timeline,
  TimelineLane,
  TimelineSegment,
} from "../../src/domain/timeline/timeline.js";
import { cleanText, escapeXml, fitText, textWidth } from "./svg-text.js";
import { axisTicks } from "./time-axis.js";
import {
  AXIS_Y,
  BAR_H,
  BAR_Y,
  LANE_H,
  LANE_TOP,
  PAD,
  PLOT_X0,
  PLOT_X1,
  scaleOf,
  WIDTH,
} from "./timeline-layout.js";
import { legendSvg } from "./timeline-legend.js";
import { laneLabelSvg, markRowSvg } from "./timeline-parts.js";
import {
  BAND,
  CURRENT,
  FONT,
  GRID,
  INK,
  MUTED,
  patternDefs,
  SEGMENT_STYLE,
} from "./timeline-style.js";

const text = (x: number, y: number, body: string, attrs = "") =>
  `<text x="${x.toFixed(1)}" y="${y.toFixed(1)}"${attrs ? ` ${attrs}` : ""}>${escapeXml(body)}</text>`;

const seconds = (segment: TimelineSegment) => (segment.end - segment.start) / 1000;

/** The name and duration where both fit (the name cut short if need be), else the duration, else nothing. */
function segmentLabel(segment: TimelineSegment, width: number, size: number): string {
  const took = formatSeconds(seconds(segment)) ?? "";
  const room = width - 8;
  const fits = (label: string) => textWidth(label, size) <= room;
  const name = segment.name ? cleanText(segment.name) : "";
  if (name && fits(`${name} · ${took}`)) return `${name} · ${took}`;
  // A name cut to a letter or two says nothing: keep at least five, or show the duration alone.
  const readable = (cut: string) => (Array.from(cut).length >= 6 ? cut : "");
  const short = name && readable(fitText(name, room - textWidth(` · ${took}`, size), size));
  if (short) return `${short} · ${took}`;
  if (fits(took)) return took;
  return name ? readable(fitText(name, room, size)) : "";
}

function segmentSvg(
  segment: TimelineSegment,
  lane: number,
  top: number,
  x: (at: number) => number,
): string {
  const x0 = x(segment.start);
  const width = Math.max(x(segment.end) - x0, 2);
  const style = SEGMENT_STYLE[segment.kind];
  const y = top + BAR_Y;
  const rect = `<rect class="segment ${segment.kind}" data-lane="${lane}" x="${x0.toFixed(1)}" y="${y}" width="${width.toFixed(1)}" height="${BAR_H}" fill="url(#p-${segment.kind})" stroke="#FFFFFF" stroke-width="1"/>`;
  const label = segmentLabel(segment, width, 12);
  if (!label) return rect;
  const attrs = `class="segment-label" font-size="12" fill="${style.ink}" stroke="${style.fill}" stroke-width="3" paint-order="stroke"`;
  return rect + text(x0 + 4, y + 19, label, attrs);
}

function laneSvg(lane: TimelineLane, index: number, x: (at: number) => number): string {
  const top = LANE_TOP + index * LANE_H;
  const body = lane.missing
    ? text(
        PLOT_X0 + 8,
        top + BAR_Y + 19,
        MISSING_WORDS[lane.missing],
        `font-size="12" fill="${MUTED}"`,
      )
    : lane.segments.map((s) => segmentSvg(s, index, top, x)).join("") + ongoingSvg(lane, top, x);
  return `<g class="lane" data-contact="${escapeXml(lane.contactId)}">${laneLabelSvg(lane, index, top)}${body}${markRowSvg(lane, top, x)}</g>`;
}

/** Alternate lanes on a light band, the asked-about contact's with an accent at its left. */
function bandsSvg(timeline: Timeline): string {
  return timeline.lanes
    .map((lane, index) => {
      const top = LANE_TOP + index * LANE_H;
      const band =
        index % 2 === 0
          ? `<rect x="${PAD}" y="${top}" width="${WIDTH - 2 * PAD}" height="${LANE_H}" fill="${BAND}"/>`
          : "";
      const accent = lane.current
        ? `<rect class="current" x="${PAD}" y="${top}" width="4" height="${LANE_H}" fill="${CURRENT}"/>`
        : "";
      return band + accent;
    })
    .join("");
}

export const MISSING_WORDS: Record<NonNullable<TimelineLane["missing"]>, string> = {
  not_found: "not found (older than the 24-month retention?)",
  cycle: "cycle, stopped here",
  error: "could not be read",
};

/** An arrowhead past the last segment of a leg still in progress. */
function ongoingSvg(lane: TimelineLane, top: number, x: (at: number) => number): string {
  if (!lane.ongoing || lane.end === undefined) return "";
  const x1 = x(lane.end);
  const y = top + BAR_Y;
  return `<path class="ongoing" d="M${x1.toFixed(1)},${y - 3} L${(x1 + 12).toFixed(1)},${y + BAR_H / 2} L${x1.toFixed(1)},${y + BAR_H + 3} z" fill="${INK}"/>`;
}

/** Transfer hand-offs: from the end of the leg before to the start of the leg it handed over to. */
function handoffsSvg(timeline: Timeline, x: (at: number) => number): string {
  return timeline.lanes
    .map((lane, i) => {
      const before = timeline.lanes[i - 1];
      if (!lane.handedOver || !before || before.end === undefined || lane.start === undefined)
        return "";
      const from = x(Math.min(before.end, lane.start));
      const to = x(lane.start);
      const y0 = LANE_TOP + (i - 1) * LANE_H + BAR_Y + BAR_H;
      const y1 = LANE_TOP + i * LANE_H + BAR_Y - 2;
      const mid = (y0 + y1) / 2;
      const d = `M${from.toFixed(1)},${y0} V${mid} H${to.toFixed(1)} V${y1}`;
      return `<path class="handoff" d="${d}" fill="none" stroke="${MUTED}" stroke-width="1.5" stroke-dasharray="4 3" marker-end="url(#arrow)"/>`;
    })
    .join("");
}

function axisSvg(timeline: Timeline, x: (at: number) => number, bottom: number): string {
  const ticks = axisTicks(timeline.start, timeline.end, timeline.zone);
  return ticks
    .map((tick) => {
      const at = x(tick.at);
      const line = `<line class="tick" x1="${at.toFixed(1)}" y1="${AXIS_Y}" x2="${at.toFixed(1)}" y2="${bottom}" stroke="${GRID}" stroke-width="1"/>`;
      const label = text(
        at,
        AXIS_Y - 6,
        tick.label,
        `class="tick-label" font-size="12" fill="${INK}" text-anchor="middle"`,
      );
      const day = tick.day
        ? text(at, AXIS_Y - 22, tick.day, `font-size="11" fill="${MUTED}" text-anchor="middle"`)
        : "";
      return line + label + day;
    })
    .join("");
}

function headerSvg(timeline: Timeline): string {
  const legs = timeline.lanes.length;
  const total = formatSeconds((timeline.end - timeline.start) / 1000);
  const title = `Contact timeline · ${legs} ${legs === 1 ? "leg" : "legs"} · ${total}${timeline.ongoing ? " so far · ongoing" : ""}`;
  const zone = `${dayOf(timeline.start, timeline.zone)} · times in ${zoneName(timeline.zone, timeline.start)}`;
  return (
    text(PAD, 34, title, `font-size="18" font-weight="bold" fill="${INK}"`) +
    text(PAD, 56, fitText(zone, WIDTH - 2 * PAD, 13), `class="zone" font-size="13" fill="${MUTED}"`)
  );
}

/** The timeline as a standalone SVG document, ~1200 px wide, one lane per leg. */
export function renderTimelineSvg(timeline: Timeline): string {
  const x = scaleOf(timeline);
  const lanesBottom = LANE_TOP + timeline.lanes.length * LANE_H;
  const legend = legendSvg(timeline, PAD, lanesBottom + 22, WIDTH - 2 * PAD);
  const height = legend.bottom + PAD;
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${WIDTH}" height="${height}" viewBox="0 0 ${WIDTH} ${height}" font-family="${FONT}">`,
    patternDefs(),
    `<rect width="${WIDTH}" height="${height}" rx="8" fill="#FFFFFF"/>`,
    headerSvg(timeline),
    bandsSvg(timeline),
    axisSvg(timeline, x, lanesBottom),
    `<line x1="${PLOT_X0}" y1="${AXIS_Y}" x2="${PLOT_X1}" y2="${AXIS_Y}" stroke="${MUTED}" stroke-width="1"/>`,
    timeline.lanes.map((lane, i) => laneSvg(lane, i, x)).join(""),
    handoffsSvg(timeline, x),
    legend.svg,
    "</svg>",
  ].join("");
}
