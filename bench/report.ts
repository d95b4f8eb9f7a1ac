import type { BenchResults } from "./results.js";
import type { AcrossRounds } from "./stats.js";
import { targetsOf } from "./targets.js";

type Row = [string, string, string];

const fixed = (value: number, digits = 1) => (Number.isFinite(value) ? value.toFixed(digits) : "—");
const row = (figure: string, a: AcrossRounds, digits = 1): Row => [
  figure,
  fixed(a.median, digits),
  `${fixed(a.min, digits)}–${fixed(a.max, digits)}`,
];

function latencyRows(
  name: string,
  l: Record<"p50" | "p95" | "p99", AcrossRounds> & { max?: AcrossRounds },
): Row[] {
  const rows = (["p50", "p95", "p99"] as const).map((p) => row(`${name} ${p} (ms)`, l[p]));
  return l.max ? [...rows, row(`${name} max (ms)`, l.max)] : rows;
}

function burstRows(r: BenchResults): Row[] {
  const b = r.burst;
  const name = `burst ${r.options.burst.connections} conn × ${r.options.burst.requests}`;
  return [
    row(`${name}: ack p50 (ms)`, b.p50Ms),
    row(`${name}: ack p99 (ms)`, b.p99Ms),
    row(`${name}: ack max (ms)`, b.maxMs),
    row(`${name}: acks > 1 s`, b.over1s, 0),
    row(`${name}: acks > 3 s`, b.over3s, 0),
    row(`${name}: refused (503)`, b.refused, 0),
    row(`${name}: throughput (req/s)`, b.throughputPerS, 0),
    row(`${name}: bot CPU per request (ms)`, b.botCpuMsPerRequest, 2),
    row(`${name}: accept queue max`, b.acceptQueueMax, 0),
    row(`${name}: accept queue max at (ms)`, b.acceptQueueMaxAtMs, 0),
  ];
}

function table(header: Row, rows: Row[]): string {
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)));
  const line = (cells: string[]) =>
    cells
      .map((c, i) => c.padEnd(widths[i]!))
      .join("  ")
      .trimEnd();
  return [line(header), line(widths.map((w) => "-".repeat(w))), ...rows.map(line)].join("\n");
}

function stormRows(r: BenchResults): Row[] {
  const s = r.storm.rounds;
  const each = (figure: string, pick: (round: (typeof s)[number]) => number | string): Row => [
    figure,
    s.map(pick).join(", "),
    "each round",
  ];
  return [
    row("storm: last thread answer (s)", r.storm.lastAnswerS),
    row("storm: last summary (s)", r.storm.lastSummaryS),
    each("storm: floor Connect / Slack (s)", (x) => `${x.connectFloorS} / ${x.slackFloorS}`),
    each("storm: summaries/errors/lost/dup", (x) =>
      [x.summaries, x.errorAnswers, x.lost, x.duplicates].join("/"),
    ),
    each("storm: alerts not acked 200", (x) => x.acksNot200),
    each("storm: lookups by outcome", (x) => JSON.stringify(x.lookupOutcomes)),
    each("storm: DescribeContact calls", (x) => x.byOperation.DescribeContact ?? 0),
    each("storm: Connect throttled", (x) => x.throttled),
    each("storm: max Connect calls in 1 s", (x) => x.maxPerSecond),
    each(
      "storm: Slack 429s / max posts/ch/s",
      (x) => `${x.rateLimited} / ${x.maxPostsPerChannelPerSecond}`,
    ),
    each(
      "storm: alert→answer p50/p99 (s)",
      (x) => `${fixed(x.answerLatency.p50 / 1000)}/${fixed(x.answerLatency.p99 / 1000)}`,
    ),
    each("storm: ack p99 (ms) / bot CPU (s)", (x) => `${fixed(x.ackP99Ms)} / ${fixed(x.botCpuS)}`),
  ];
}

function replicaRows({ replicas: x }: BenchResults): Row[] {
  const label = `storm × ${x.replicas} replicas`;
  return [
    [`${label}: last answer / floor (s)`, `${fixed(x.lastAnswerS)} / ${fixed(x.floorS)}`, ""],
    [
      `${label}: DescribeContact / contacts`,
      `${x.byOperation.DescribeContact ?? 0} / ${x.contacts}`,
      "",
    ],
    [
      `${label}: max calls in 1 s (all / Describe)`,
      `${x.maxPerSecond} / ${x.maxDescribeContactPerSecond}`,
      "",
    ],
    [`${label}: Connect throttled`, String(x.throttled), ""],
    [
      `${label}: summaries/errors/lost/dup`,
      [x.summaries, x.errorAnswers, x.lost, x.duplicates].join("/"),
      "",
    ],
  ];
}

/** The figures as printed by `npm run bench`: medians over rounds, then min–max as the noise. */
export function formatReport(r: BenchResults): string {
  const res = r.resources;
  const rows: Row[] = [
    row("`npm start` to healthy (ms)", res.npmStartMs, 0),
    row("node start script to healthy (ms)", res.startupMs, 0),
    [
      "RSS idle / after burst / after storm (MiB)",
      [res.idleMiB, res.afterBurstMiB, res.afterStormMiB].map((v) => fixed(v, 0)).join(" / "),
      "",
    ],
    [
      "peak RSS (VmHWM) after burst / at end (MiB)",
      `${fixed(res.peakAfterBurstMiB, 0)} / ${fixed(res.peakMiB, 0)}`,
      "",
    ],
    [
      "heap used / total after storm (MiB)",
      `${fixed(res.heapAfterStorm.usedMiB, 0)} / ${fixed(res.heapAfterStorm.totalMiB, 0)}`,
      "",
    ],
    ...Object.entries(r.ack).flatMap(([c, l]) => [
      ...latencyRows(`ack ${c}`, l),
      row(`ack ${c} throughput (req/s)`, l.throughputPerS, 0),
      row(`ack ${c} bot CPU per request (ms)`, l.botCpuMsPerRequest, 2),
    ]),
    ...burstRows(r),
    ...latencyRows("answer warm", r.answer.warm),
    ...latencyRows("answer cold", r.answer.cold),
    ["answer cold: Connect calls", JSON.stringify(r.answer.cold.connectCalls), "all rounds"],
    ...latencyRows("answer warm, Redis down", r.answer.redisDown.warm),
    ...latencyRows("answer cold, Redis down", r.answer.redisDown.cold),
    ...latencyRows("expand", r.expand),
    ...latencyRows("conversation, first open", r.conversation.first),
    ...latencyRows("conversation, cached open", r.conversation.cached),
    ...latencyRows("timeline render, 5 legs", r.timeline),
    ["timeline PNG size (KiB)", String(r.timeline.pngKiB), ""],
    ...stormRows(r),
    ...replicaRows(r),
    ...latencyRows("aws CLI describe-contact", r.peer.cli),
    ["bot warm / CLI (p50)", fixed(r.peer.warmOverCli, 4), ""],
    ["bot cold / CLI (p50)", fixed(r.peer.coldOverCli, 3), ""],
  ];
  const targets = targetsOf(r).map(
    (t): Row => [t.figure, t.target, `${t.measured} ${t.met ? "✓" : "✗ missed"}`],
  );
  const { machine: m, options: o } = r;
  return [
    `connect-contact-bot bench — ${r.date}, ${m.cpus} cores / ${m.memoryGiB} GiB, Node ${m.node}`,
    `Connect latency ${o.latencyMs} ms, ${o.rounds} rounds (storm ${o.stormRounds}), ` +
      `${fixed(r.durationS, 0)} s, load average ${r.loadAverage.start} → ${r.loadAverage.end}`,
    "",
    table(["figure", "median", "min–max over rounds"], rows),
    "",
    table(["target", "wanted", "measured (median)"], targets),
  ].join("\n");
}
