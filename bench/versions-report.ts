import type { BenchResults } from "./results.js";
import type { AcrossRounds } from "./stats.js";

const fixed = (value: number, digits = 0) => (Number.isFinite(value) ? value.toFixed(digits) : "—");
/** The median, and the worst round beside it where it differs: a refusal in one round counts. */
const worst = (a: AcrossRounds, digits = 0) =>
  a.max === a.median
    ? fixed(a.median, digits)
    : `${fixed(a.median, digits)} (worst ${fixed(a.max, digits)})`;

type Figure = [string, (r: BenchResults) => string];

const FIGURES: Figure[] = [
  ["burst: refused with 503", (r) => worst(r.burst.refused)],
  ["burst: acks over 1 s / over 3 s", (r) => `${worst(r.burst.over1s)} / ${worst(r.burst.over3s)}`],
  ["burst: ack p99 / max (ms)", (r) => `${worst(r.burst.p99Ms)} / ${worst(r.burst.maxMs)}`],
  ["burst: deepest accept queue", (r) => worst(r.burst.acceptQueueMax)],
  [
    "50 closed-loop senders: ack p99 / max (ms)",
    (r) => {
      const l = r.ack["c50-saturated"];
      return l ? `${worst(l.p99)} / ${l.max ? worst(l.max) : "—"}` : "—";
    },
  ],
  [
    "RSS idle / after burst / peak (MiB)",
    ({ resources: x }) => [x.idleMiB, x.afterBurstMiB, x.peakMiB].map((v) => fixed(v)).join(" / "),
  ],
  ["`npm start` → /healthz 200 (ms)", (r) => worst(r.resources.npmStartMs)],
];

/** One column per Node version: medians over the rounds, and the worst round where it differs. */
export function formatVersions(results: readonly BenchResults[]): string {
  const header = ["what users feel", ...results.map((r) => `Node ${r.machine.node}`)];
  const rows = FIGURES.map(([name, pick]) => [name, ...results.map(pick)]);
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((row) => row[i]!.length)));
  const line = (cells: string[]) => `| ${cells.map((c, i) => c.padEnd(widths[i]!)).join(" | ")} |`;
  const first = results[0];
  return [
    first
      ? `${first.date.slice(0, 16)} UTC, ${first.machine.cpus} cores / ${first.machine.memoryGiB} GiB, ` +
        `${first.options.rounds} rounds, load average ${first.loadAverage.start}`
      : "no results",
    line(header),
    line(widths.map((w) => "-".repeat(w))),
    ...rows.map(line),
  ].join("\n");
}
