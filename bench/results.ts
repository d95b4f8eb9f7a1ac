import { execFileSync } from "node:child_process";
import { cpus, loadavg, totalmem } from "node:os";
import type { BenchOptions } from "./options.js";
import type { measureAck } from "./scenarios/ack.js";
import type { BurstResult } from "./scenarios/burst.js";
import type { measureConversation } from "./scenarios/conversation.js";
import type { ReplicasRound } from "./scenarios/replicas.js";
import type { StormRound } from "./scenarios/storm.js";
import type { measureTimeline } from "./scenarios/timeline.js";
import { type AcrossRounds, acrossRounds, type percentilesAcrossRounds } from "./stats.js";

type Latency = ReturnType<typeof percentilesAcrossRounds>;

/** Everything `npm run bench` measured; written as JSON, printed as a table. */
export interface BenchResults {
  date: string;
  machine: { cpus: number; memoryGiB: number; node: string; cpuModel: string };
  /** 1-min load average at start and end: other work on the machine shows up as noise. */
  loadAverage: { start: number; end: number };
  options: BenchOptions;
  durationS: number;
  resources: {
    startupMs: AcrossRounds;
    /** `npm start` → healthy: npm and the start script's build check included. */
    npmStartMs: AcrossRounds;
    idleMiB: number;
    afterBurstMiB: number;
    peakAfterBurstMiB: number;
    afterStormMiB: number;
    peakMiB: number;
    /** V8 heap after the storm (garbage not yet collected included). */
    heapAfterStorm: { usedMiB: number; totalMiB: number };
  };
  ack: Awaited<ReturnType<typeof measureAck>>;
  burst: BurstResult;
  answer: {
    warm: Latency;
    cold: Latency & { connectCalls: Record<string, number> };
    /** The same lookups while Redis is killed: what an outage costs in time. */
    redisDown: { warm: Latency; cold: Latency };
  };
  expand: Latency;
  /** The Conversation section of an answered call: first open (S3) and cached open. */
  conversation: Awaited<ReturnType<typeof measureConversation>>;
  /** Timeline picture of a 5-leg chain (data → SVG → PNG), in the bench's process. */
  timeline: Awaited<ReturnType<typeof measureTimeline>>;
  storm: {
    rounds: StormRound[];
    lastAnswerS: AcrossRounds;
    lastSummaryS: AcrossRounds;
    floorS: number;
  };
  /** The storm over three replicas sharing one Redis (one round). */
  replicas: ReplicasRound;
  peer: { cli: Latency; warmOverCli: number; coldOverCli: number };
}

export const loadAverage1m = () => Math.round(loadavg()[0]! * 100) / 100;

/** The machine, and the version of the Node the bot ran on (`--node`), not the bench's own. */
export function machine(node: string): BenchResults["machine"] {
  return {
    cpus: cpus().length,
    memoryGiB: Math.round(totalmem() / 2 ** 30),
    node: execFileSync(node, ["--version"], { encoding: "utf8" }).trim(),
    cpuModel: cpus()[0]?.model ?? "unknown",
  };
}

/** The storm rounds, with the figure that matters (time to the last answer) across rounds. */
export function stormSummary(rounds: StormRound[]): BenchResults["storm"] {
  return {
    rounds,
    lastAnswerS: acrossRounds(rounds.map((r) => r.lastAnswerS)),
    lastSummaryS: acrossRounds(rounds.map((r) => r.lastSummaryS)),
    floorS: rounds[0]?.floorS ?? Number.NaN,
  };
}
