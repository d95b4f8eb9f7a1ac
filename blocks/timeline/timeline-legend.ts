import type { MarkKind, SegmentKind, Timeline } from "../../src/domain/timeline/timeline.js";
import { escapeXml, textWidth } from "./svg-text.js";
import { INK, MARK_STYLE, MUTED, SEGMENT_STYLE } from "./timeline-style.js";

const ROW_H = 22;
const SIZE = 12;

/** The kinds this picture draws, in the order a contact goes through them. */
function shownKinds(timeline: Timeline): {
  segments: SegmentKind[];
  marks: MarkKind[];
  handoff: boolean;
} {
  const segments = new Set(timeline.lanes.flatMap((l) => l.segments.map((s) => s.kind)));
  const marks = new Set(timeline.lanes.flatMap((l) => l.marks.map((m) => m.kind)));
  return {
    segments: (Object.keys(SEGMENT_STYLE) as SegmentKind[]).filter((k) => segments.has(k)),
    marks: (Object.keys(MARK_STYLE) as MarkKind[]).filter((k) => marks.has(k)),
    handoff: timeline.lanes.some((l) => l.handedOver),
  };
}

/** A legend of what is drawn, wrapped into rows of `width` px from (x, y). */
export function legendSvg(
  timeline: Timeline,
  x: number,
  y: number,
  width: number,
): { svg: string; bottom: number } {
  const kinds = shownKinds(timeline);
  const items = [
    ...kinds.segments.map((k) => ({
      swatch: `<rect width="22" height="12" y="-10" fill="url(#p-${k})" stroke="${MUTED}" stroke-width="0.5"/>`,
      label: SEGMENT_STYLE[k].legend,
    })),
    ...kinds.marks.map((k) => ({
      swatch: `<text x="11" font-size="${SIZE}" text-anchor="middle" fill="${MARK_STYLE[k].colour}">${MARK_STYLE[k].symbol}</text>`,
      label: MARK_STYLE[k].legend,
    })),
    ...(kinds.handoff
      ? [
          {
            swatch: `<path d="M0,-4 H18" stroke="${MUTED}" stroke-width="1.5" stroke-dasharray="4 3" marker-end="url(#arrow)"/>`,
            label: "Transfer hand-off",
          },
        ]
      : []),
    ...(timeline.ongoing
      ? [{ swatch: `<path d="M4,-10 L16,-4 L4,2 z" fill="${INK}"/>`, label: "Ongoing (up to now)" }]
      : []),
  ];
  let cx = x;
  let cy = y;
  const parts = items.map((item) => {
    const w = 28 + textWidth(item.label, SIZE) + 18;
    if (cx + w > x + width && cx > x) {
      cx = x;
      cy += ROW_H;
    }
    const part = `<g class="legend-item" transform="translate(${cx.toFixed(1)},${cy})">${item.swatch}<text x="28" font-size="${SIZE}" fill="${INK}">${escapeXml(item.label)}</text></g>`;
    cx += w;
    return part;
  });
  return { svg: `<g class="legend">${parts.join("")}</g>`, bottom: cy + 8 };
}
