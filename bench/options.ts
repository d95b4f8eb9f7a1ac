import { parseArgs } from "node:util";

export interface BenchOptions {
  rounds: number;
  /** The storm takes ≥ 23 s a round, so it runs fewer rounds than the quick scenarios. */
  stormRounds: number;
  latencyMs: number;
  out: string;
  quick: boolean;
  connectRps: number;
  connectBurst: number;
  /** Requests per concurrency level of the ack scenario (at least 5 per worker). */
  ackRequests: number;
  warmLookups: number;
  coldLookups: number;
  expandClicks: number;
  /** Conversation sections opened per round, each first (S3) and then again (cached). */
  conversationOpens: number;
  /** Timeline pictures of a 5-leg chain drawn per round. */
  timelineRenders: number;
  cliLookups: number;
  storm: { messages: number; seconds: number; contacts: number; channels: number };
  /** Keep-alive connections opened at once, and the /contact requests sent over them. */
  burst: { connections: number; requests: number };
  /** The node binary the bot runs on (`--node`); the bench's own by default. */
  node: string;
}

const USAGE = `Usage: npm run bench -- [--quick] [--rounds N] [--storm-rounds N] [--latency-ms MS] [--node PATH] [--out FILE]`;

function positive(name: string, raw: string | undefined, fallback: number): number {
  if (raw === undefined) return fallback;
  const value = Number(raw);
  if (!Number.isFinite(value) || value < 0)
    throw new Error(`--${name} must be a number >= 0\n${USAGE}`);
  return value;
}

/** Full run by default; `--quick` is a smoke run: one round and small counts. */
export function parseBenchOptions(argv: readonly string[]): BenchOptions {
  const { values } = parseArgs({
    args: [...argv],
    options: {
      quick: { type: "boolean", default: false },
      rounds: { type: "string" },
      "storm-rounds": { type: "string" },
      "latency-ms": { type: "string" },
      out: { type: "string" },
      node: { type: "string" },
      help: { type: "boolean", default: false },
    },
    strict: true,
  });
  if (values.help) {
    console.log(USAGE);
    process.exit(0);
  }
  const quick = values.quick ?? false;
  const rounds = Math.max(1, Math.round(positive("rounds", values.rounds, quick ? 1 : 5)));
  const stormRounds = positive("storm-rounds", values["storm-rounds"], Math.min(rounds, 3));
  return {
    rounds,
    stormRounds: Math.max(1, Math.round(stormRounds)),
    latencyMs: positive("latency-ms", values["latency-ms"], 80),
    out: values.out ?? "bench/results.json",
    quick,
    // The bot's defaults (CONNECT_MAX_RPS / CONNECT_BURST), also given to the emulator.
    connectRps: 2,
    connectBurst: 5,
    ackRequests: quick ? 50 : 200,
    warmLookups: quick ? 10 : 40,
    coldLookups: quick ? 4 : 8,
    expandClicks: quick ? 10 : 30,
    conversationOpens: quick ? 3 : 8,
    timelineRenders: quick ? 5 : 20,
    cliLookups: quick ? 1 : 3,
    storm: quick
      ? { messages: 100, seconds: 2, contacts: 10, channels: 25 }
      : { messages: 500, seconds: 10, contacts: 50, channels: 25 },
    burst: { connections: 100, requests: quick ? 500 : 2000 },
    node: values.node ?? process.execPath,
  };
}
