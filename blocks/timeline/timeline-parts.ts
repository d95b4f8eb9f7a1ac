import { formatSeconds } from "../../src/domain/duration.js";
import type { TimelineLane } from "../../src/domain/timeline/timeline.js";
import { escapeXml, fitText } from "./svg-text.js";
import { BAR_H, BAR_Y, PLOT_X0, PLOT_X1 } from "./timeline-layout.js";
import { CURRENT, INK, MARK_STYLE, MUTED } from "./timeline-style.js";

const LABEL_X = 36;
const LABEL_W = PLOT_X0 - LABEL_X - 12;

/** "1. Voice · Transfer" over "7423d469 · 6m 40s · this contact". */
export function laneLabelSvg(lane: TimelineLane, index: number, top: number): string {
  const title = fitText(
    `${index + 1}. ${lane.missing ? "Unreadable leg" : lane.title}`,
    LABEL_W,
    13,
  );
  const took =
    lane.start !== undefined && lane.end !== undefined
      ? formatSeconds((lane.end - lane.start) / 1000)
      : undefined;
  const details = [lane.contactId.slice(0, 8), took, lane.ongoing ? "ongoing" : undefined]
    .filter(Boolean)
    .join(" · ");
  return (
    `<text class="lane-title" x="${LABEL_X}" y="${top + 27}" font-size="13" font-weight="bold" fill="${INK}">${escapeXml(title)}</text>` +
    `<text class="lane-details" x="${LABEL_X}" y="${top + 45}" font-size="11" fill="${MUTED}">${escapeXml(fitText(details, LABEL_W, 11))}</text>` +
    (lane.current
      ? `<text class="this-contact" x="${LABEL_X}" y="${top + 59}" font-size="11" font-weight="bold" fill="${CURRENT}">◀ this contact</text>`
      : "")
  );
}

interface RowItem {
  at: number;
  symbol: string;
  colour: string;
  label: string;
  kind: string;
}

/** The findings with a time on a lane, plus where it was abandoned or is still going. */
function rowItems(lane: TimelineLane): RowItem[] {
  const items: RowItem[] = lane.marks.map((mark) => ({
    at: mark.at,
    ...MARK_STYLE[mark.kind],
    label: mark.label,
    kind: mark.kind,
  }));
  const abandoned = lane.segments.find((s) => s.kind === "abandoned");
  if (abandoned)
    items.push({
      at: abandoned.end,
      symbol: "✖",
      colour: INK,
      label: "abandoned",
      kind: "abandoned",
    });
  if (lane.ongoing && lane.end !== undefined) {
    items.push({ at: lane.end, symbol: "", colour: INK, label: "ongoing", kind: "ongoing" });
  }
  return items.sort((a, b) => a.at - b.at);
}

/** Mark symbols on the bar and their labels under it, each cut before the next one starts. */
export function markRowSvg(lane: TimelineLane, top: number, x: (at: number) => number): string {
  const items = rowItems(lane);
  const y = top + BAR_Y;
  return items
    .map((item, i) => {
      const at = x(item.at);
      const next = items[i + 1];
      // "ongoing" ends where the leg does (the right edge, mostly): written leftwards from there.
      const leftwards = item.kind === "ongoing";
      const previous = items[i - 1];
      const room = leftwards
        ? at - (previous ? x(previous.at) + 60 : PLOT_X0) - 4
        : (next ? x(next.at) : PLOT_X1 + 16) - at - 4;
      const label = fitText(item.label, Math.max(room, 0), 11);
      const symbol = item.symbol
        ? `<line x1="${at.toFixed(1)}" y1="${y}" x2="${at.toFixed(1)}" y2="${y + BAR_H}" stroke="${item.colour}" stroke-width="2" stroke-dasharray="3 2"/>` +
          `<text x="${at.toFixed(1)}" y="${y - 1}" font-size="12" text-anchor="middle" fill="${item.colour}" stroke="#FFFFFF" stroke-width="2" paint-order="stroke">${item.symbol}</text>`
        : "";
      const textX = leftwards ? at : Math.max(at - 3, PLOT_X0);
      const anchor = leftwards ? ' text-anchor="end"' : "";
      const below = label
        ? `<text x="${textX.toFixed(1)}" y="${y + BAR_H + 13}" font-size="11"${anchor} fill="${item.colour}">${escapeXml(label)}</text>`
        : "";
      return `<g class="mark ${item.kind}" data-x="${at.toFixed(1)}">${symbol}${below}</g>`;
    })
    .join("");
}
