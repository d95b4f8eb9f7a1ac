import { describe, expect, it } from "vitest";
import { BAR_H, BAR_Y, LANE_H, LANE_TOP, scaleOf } from "../../blocks/timeline/timeline-layout.js";
import { renderTimelineSvg } from "../../blocks/timeline/timeline-svg.js";
import { buildTimeline } from "../../src/domain/timeline/build-timeline.js";
import { createRasterizer } from "../../src/timeline/rasterize.js";
import { at, CHAIN, chainOf, recordOf } from "../fixtures/contacts.js";
import { decodePng, near } from "../support/png.js";

const rasterize = createRasterizer();
const timeline = buildTimeline(chainOf(CHAIN), { now: at(3600).getTime(), zone: "UTC" });

const isWhite = (pixel: readonly number[]) => near(pixel, "#FFFFFF", 6);

describe("timeline PNG (resvg, DejaVu Sans from its npm package, no system fonts)", () => {
  it("is 1200 px wide, as tall as the SVG, under 300 KB, with each lane's segments drawn", async () => {
    const png = await rasterize(renderTimelineSvg(timeline));
    expect(png.length).toBeLessThan(300 * 1024);
    const image = decodePng(png);
    expect(image.width).toBe(1200);
    expect(image.height).toBe(Number(/height="(\d+)"/.exec(renderTimelineSvg(timeline))?.[1]));
    const x = scaleOf(timeline);
    const mid = (lane: number) => LANE_TOP + lane * LANE_H + BAR_Y + BAR_H / 2;
    // With the agent: solid blue, sampled near the segment's end, clear of its label.
    expect(near(image.at(x(at(290).getTime()), mid(0)), "#0072B2")).toBe(true);
    expect(near(image.at(x(at(690).getTime()), mid(1)), "#0072B2")).toBe(true);
    expect(near(image.at(x(at(1490).getTime()), mid(2)), "#0072B2")).toBe(true);
    // Lane 2 (white background) before its leg starts: nothing drawn.
    expect(isWhite(image.at(x(at(100).getTime()), mid(1)))).toBe(true);
    // In queue: orange with stripes, never background.
    expect(isWhite(image.at(x(at(40).getTime()), mid(0)))).toBe(false);
  });

  it("draws its text with the packaged font (not blank where the title is)", async () => {
    const image = decodePng(await rasterize(renderTimelineSvg(timeline)));
    let inked = 0;
    for (let x = 24; x < 300; x += 2)
      for (let y = 18; y < 38; y += 2) if (!isWhite(image.at(x, y))) inked++;
    expect(inked).toBeGreaterThan(50);
  });

  it("renders a 6-leg chain with hostile names", async () => {
    const legs = Array.from({ length: 6 }, (_, i) => ({
      contactId: CHAIN[i % 3]!.Id!,
      record: recordOf(CHAIN[i % 3]!, { queueName: `<q>&"'\u0000${"x".repeat(5000)}` }),
    }));
    const six = buildTimeline(legs, { now: at(3600).getTime(), zone: "America/St_Johns" });
    const image = decodePng(await rasterize(renderTimelineSvg(six)));
    expect(image.height).toBeGreaterThan(LANE_TOP + 6 * LANE_H);
  });

  it("rejects what is not SVG", async () => {
    await expect(rasterize("not svg")).rejects.toThrow();
  });
});
