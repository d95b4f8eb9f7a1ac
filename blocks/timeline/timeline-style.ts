import type { MarkKind, SegmentKind } from "../../src/domain/timeline/timeline.js";

/**
 * Colours from the Okabe–Ito palette (told apart with the common colour-vision deficiencies),
 * each kind with its own pattern too and names or durations written on it, so nothing is told by
 * colour alone. The picture has its own white card, which reads on Slack's light and dark themes.
 */
export const SEGMENT_STYLE: Record<
  SegmentKind,
  { fill: string; ink: string; legend: string; pattern: string }
> = {
  scheduled: { fill: "#EDEDED", ink: "#1D1C1D", legend: "Scheduled wait", pattern: "dots" },
  flow: { fill: "#C5CBD3", ink: "#1D1C1D", legend: "Flow / IVR", pattern: "plain" },
  queue: { fill: "#E69F00", ink: "#1D1C1D", legend: "In queue", pattern: "stripes" },
  abandoned: { fill: "#D55E00", ink: "#FFFFFF", legend: "Abandoned in queue", pattern: "cross" },
  agent: { fill: "#0072B2", ink: "#FFFFFF", legend: "With agent", pattern: "plain" },
  acw: { fill: "#56B4E9", ink: "#1D1C1D", legend: "After-contact work", pattern: "lines" },
};

export const MARK_STYLE: Record<MarkKind, { symbol: string; colour: string; legend: string }> = {
  expired_step: { symbol: "◆", colour: "#1D1C1D", legend: "Routing step expired" },
  flow_error: { symbol: "✖", colour: "#B00020", legend: "Flow block failed" },
  scheduled: { symbol: "▼", colour: "#6A1B9A", legend: "Scheduled time" },
};

export const INK = "#1D1C1D";
export const MUTED = "#616061";
export const GRID = "#DDDDDD";
export const BAND = "#F4F5F7";
export const CURRENT = "#1264A3";
export const FONT = "DejaVu Sans";

/** One <pattern> per segment kind: the kind's colour with its texture drawn over it. */
export function patternDefs(): string {
  const defs = Object.entries(SEGMENT_STYLE).map(([kind, style]) => {
    const base = `<rect width="8" height="8" fill="${style.fill}"/>`;
    const over: Record<string, string> = {
      plain: "",
      dots: `<circle cx="4" cy="4" r="1.3" fill="#8A8A8A"/>`,
      stripes: `<path d="M-2,10 L10,-2 M-2,2 L2,-2 M6,10 L10,6" stroke="#8A5A00" stroke-opacity="0.45" stroke-width="2"/>`,
      cross: `<path d="M0,0 L8,8 M8,0 L0,8" stroke="#FFFFFF" stroke-opacity="0.4" stroke-width="1.5"/>`,
      lines: `<path d="M0,2 H8 M0,6 H8" stroke="#1D4E89" stroke-opacity="0.35" stroke-width="1"/>`,
    };
    return `<pattern id="p-${kind}" width="8" height="8" patternUnits="userSpaceOnUse">${base}${over[style.pattern] ?? ""}</pattern>`;
  });
  const arrow = `<marker id="arrow" viewBox="0 0 10 10" refX="9" refY="5" markerWidth="7" markerHeight="7" orient="auto"><path d="M0,0 L10,5 L0,10 z" fill="${MUTED}"/></marker>`;
  return `<defs>${defs.join("")}${arrow}</defs>`;
}
