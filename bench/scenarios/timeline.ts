import type { Contact } from "@aws-sdk/client-connect";
import { renderTimelineSvg } from "../../blocks/timeline/timeline-svg.js";
import { buildTimeline } from "../../src/domain/timeline/build-timeline.js";
import { createRasterizer } from "../../src/timeline/rasterize.js";
import { at, CHAIN, chainOf } from "../../test/fixtures/contacts.js";
import { type Percentiles, percentiles, percentilesAcrossRounds } from "../stats.js";

/** The fixtures' three-leg chain transferred twice more: five legs, as the issue's target says. */
export function fiveLegChain() {
  const more = [1, 2].map((n): Contact => {
    const start = 1500 + (n - 1) * 600;
    const id = `${CHAIN[2].Id!.slice(0, -1)}${n}`;
    return {
      ...CHAIN[2],
      Id: id,
      PreviousContactId: n === 1 ? CHAIN[2].Id : `${CHAIN[2].Id!.slice(0, -1)}1`,
      InitiationTimestamp: at(start),
      QueueInfo: { ...CHAIN[2].QueueInfo, EnqueueTimestamp: at(start + 15) },
      AgentInfo: { ...CHAIN[2].AgentInfo, ConnectedToAgentTimestamp: at(start + 90) },
      DisconnectTimestamp: at(start + 600),
    };
  });
  return chainOf([...CHAIN, ...more]);
}

/**
 * Timeline picture of a 5-leg chain: timeline data → SVG → PNG, in this process (what a click
 * costs the bot on a cache miss, without Slack's upload). Target < 100 ms.
 */
export async function measureTimeline(options: { rounds: number; renders: number }) {
  const rasterize = createRasterizer();
  const legs = fiveLegChain();
  const rounds: Percentiles[] = [];
  let bytes = 0;
  for (let round = 0; round < options.rounds; round++) {
    const samples: number[] = [];
    for (let i = 0; i < options.renders; i++) {
      const started = performance.now();
      const timeline = buildTimeline(legs, { now: Date.now(), zone: "Europe/London" });
      const png = await rasterize(renderTimelineSvg(timeline));
      samples.push(performance.now() - started);
      bytes = png.length;
    }
    rounds.push(percentiles(samples));
  }
  return { ...percentilesAcrossRounds(rounds), pngKiB: Math.round(bytes / 1024) };
}
