import type { Timeline } from "../../src/domain/timeline/timeline.js";

/** The picture's geometry in px: shared by the SVG parts and by tests that find segments in the PNG. */
export const WIDTH = 1200;
export const PAD = 24;
export const PLOT_X0 = 268;
export const PLOT_X1 = WIDTH - PAD - 16;
export const AXIS_Y = 100;
export const LANE_TOP = 112;
export const LANE_H = 66;
export const BAR_Y = 12;
export const BAR_H = 28;

/** Where on the plot a time falls. */
export function scaleOf(timeline: Pick<Timeline, "start" | "end">): (at: number) => number {
  const span = timeline.end - timeline.start;
  return (at) => PLOT_X0 + ((at - timeline.start) / span) * (PLOT_X1 - PLOT_X0);
}
