import { renderTimelineSvg } from "../../../blocks/timeline/timeline-svg.js";
import type { ChainLeg } from "../../../src/domain/contact-record.js";
import { buildTimeline } from "../../../src/domain/timeline/build-timeline.js";
import type { TimelineOptions } from "../../../src/domain/timeline/timeline.js";
import { at } from "../../fixtures/contacts.js";

export interface SvgSegment {
  kind: string;
  lane: number;
  x: number;
  width: number;
}

/** Every segment rect of a timeline SVG, in document order. */
export function segmentsOf(svg: string): SvgSegment[] {
  const found = svg.matchAll(
    /<rect class="segment (\w+)" data-lane="(\d+)" x="([\d.]+)" y="[\d.]+" width="([\d.]+)"/g,
  );
  return [...found].map(([, kind, lane, x, width]) => ({
    kind: kind!,
    lane: Number(lane),
    x: Number(x),
    width: Number(width),
  }));
}

export function count(svg: string, pattern: RegExp): number {
  return [...svg.matchAll(new RegExp(pattern.source, "g"))].length;
}

/** The text nodes' contents, entities left as they are. */
export function textsOf(svg: string): string[] {
  return [...svg.matchAll(/<text[^>]*>([^<]*)<\/text>/g)].map((m) => m[1]!);
}

export function heightOf(svg: string): number {
  return Number(/<svg [^>]*height="(\d+)"/.exec(svg)?.[1]);
}

export const NOW = at(3600).getTime();

export function svgOf(legs: ChainLeg[], options: Partial<TimelineOptions> = {}): string {
  return renderTimelineSvg(buildTimeline(legs, { now: NOW, zone: "UTC", ...options }));
}
