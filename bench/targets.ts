import type { BenchResults } from "./results.js";

export interface Target {
  figure: string;
  target: string;
  measured: string;
  met: boolean;
}

const ms = (value: number) => `${value.toFixed(1)} ms`;

/** The targets, each against the median over rounds. */
export function targetsOf(r: BenchResults): Target[] {
  const storm = r.storm.rounds;
  const every = <T>(pick: (round: (typeof storm)[number]) => T, ok: (value: T) => boolean) =>
    storm.every((round) => ok(pick(round)));
  const stormAnswered = storm.map((s) => `${s.summaries}/${s.messages}`).join(", ");
  return [
    {
      figure: "ack p99, waves of 50 at once",
      target: "< 50 ms",
      measured: ms(r.ack.c50!.p99.median),
      met: r.ack.c50!.p99.median < 50,
    },
    {
      figure: "ack p99, 50 closed-loop senders",
      target: "< 50 ms",
      measured: ms(r.ack["c50-saturated"]!.p99.median),
      met: r.ack["c50-saturated"]!.p99.median < 50,
    },
    {
      figure: `burst of ${r.options.burst.connections} connections: ack p99 / max`,
      target: "< 250 ms / < 1 s",
      measured: `${ms(r.burst.p99Ms.median)} / ${ms(r.burst.maxMs.median)}`,
      met: r.burst.p99Ms.median < 250 && r.burst.maxMs.median < 1000,
    },
    {
      figure: "burst: acks over 3 s (Slack gave up) / refused",
      target: "0 / 0",
      measured: `${r.burst.over3s.max} / ${r.burst.refused.max} (worst round)`,
      met: r.burst.over3s.max === 0 && r.burst.refused.max === 0,
    },
    {
      figure: "burst throughput",
      target: ">= 1000 req/s",
      measured: `${r.burst.throughputPerS.median.toFixed(0)} req/s`,
      met: r.burst.throughputPerS.median >= 1000,
    },
    {
      figure: "answer p50, warm (cache hit)",
      target: "< 10 ms",
      measured: ms(r.answer.warm.p50.median),
      met: r.answer.warm.p50.median < 10,
    },
    {
      figure: "answer p50, cold (DescribeContact only)",
      target: `< ${r.options.latencyMs + 30} ms`,
      measured: ms(r.answer.cold.p50.median),
      met: r.answer.cold.p50.median < r.options.latencyMs + 30,
    },
    {
      figure: "expand p50 (button → replaced message)",
      target: "< 5 ms",
      measured: ms(r.expand.p50.median),
      met: r.expand.p50.median < 5,
    },
    {
      figure: "timeline picture p50, 5-leg chain (SVG → PNG)",
      target: "< 100 ms",
      measured: ms(r.timeline.p50.median),
      met: r.timeline.p50.median < 100,
    },
    {
      figure: "storm: alerts answered with their summary",
      target: "all",
      measured: stormAnswered,
      met: every(
        (s) => s,
        (s) => s.summaries === s.messages && s.duplicates === 0 && s.acksNot200 === 0,
      ),
    },
    {
      figure: "storm: DescribeContact calls",
      target: `= ${r.options.storm.contacts} (coalesced)`,
      measured: storm.map((s) => s.byOperation.DescribeContact ?? 0).join(", "),
      met: every(
        (s) => s.byOperation.DescribeContact ?? 0,
        (n) => n === r.options.storm.contacts,
      ),
    },
    {
      figure: "storm: Connect throttled / Slack 429s",
      target: "0 throttled",
      measured: storm.map((s) => `${s.throttled} / ${s.rateLimited}`).join(", "),
      met: every(
        (s) => s.throttled,
        (n) => n === 0,
      ),
    },
    {
      figure: "storm: last summary in its thread vs floor",
      target: `floor ${r.storm.floorS.toFixed(1)} s (+10 %)`,
      measured: `${r.storm.lastSummaryS.median.toFixed(1)} s`,
      met:
        every(
          (s) => s.summaries,
          (n) => n === r.options.storm.messages,
        ) && r.storm.lastSummaryS.median <= r.storm.floorS * 1.1,
    },
    {
      figure: "storm × 3 replicas: DescribeContact / throttled",
      target: `= ${r.replicas.contacts} / 0`,
      measured: `${r.replicas.byOperation.DescribeContact ?? 0} / ${r.replicas.throttled}`,
      met:
        r.replicas.byOperation.DescribeContact === r.replicas.contacts &&
        r.replicas.throttled === 0 &&
        r.replicas.summaries === r.replicas.messages,
    },
    {
      figure: "`npm start` to healthy",
      target: "< 1 s",
      measured: ms(r.resources.npmStartMs.median),
      met: r.resources.npmStartMs.median < 1000,
    },
    {
      figure: "RSS after the burst",
      target: "< 150 MiB",
      measured: `${r.resources.afterBurstMiB.toFixed(0)} MiB`,
      met: r.resources.afterBurstMiB < 150,
    },
    {
      figure: "RSS after the storm",
      target: "< 150 MiB",
      measured: `${r.resources.afterStormMiB.toFixed(0)} MiB`,
      met: r.resources.afterStormMiB < 150,
    },
  ];
}
