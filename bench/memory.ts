// `npm run bench:memory`: the bot's memory alone, without the rest of the bench (~20 s a round).
// A fresh bot each round (Node 24, or --node), as `npm start` runs it: RSS 1 s after start, then
// the ack scenario and 3 bursts as in the full bench (bench/scenarios/), RSS 1 s after the last
// burst, its peak (VmHWM), the V8 heap, RSS 5 s later, and the bursts' worst acks; the median over
// the rounds. `-- NODE_ARGS…` adds node arguments before the start script's, to compare flags.
// @ts-expect-error: a plain .mjs start-up script, without type declarations.
import { ltsNode } from "../scripts/lts-node.mjs";
import { CONTACT_IDS } from "../test/fixtures/contacts.js";
import { sleep } from "../test/support/http-io.js";
import { createCleanup } from "./cleanup.js";
import { createDriver } from "./driver.js";
import { startEnvironment } from "./environment.js";
import { parseBenchOptions } from "./options.js";
import { measureAck } from "./scenarios/ack.js";
import { answerMs } from "./scenarios/answer.js";
import { burstAgainst } from "./scenarios/burst.js";
import { acrossRounds } from "./stats.js";

const BURSTS = 3;

function format(row: Record<string, number>): string {
  return Object.entries(row)
    .map(([k, v]) => `${k} ${v < 10 ? v.toFixed(2) : v.toFixed(0)}`)
    .join(", ");
}

const argv = process.argv.slice(2);
const split = argv.indexOf("--");
const parsed = parseBenchOptions(split < 0 ? argv : argv.slice(0, split));
// Node 24, what `npm start` runs, unless --node says otherwise.
const lts: string | undefined = argv.includes("--node") ? undefined : ltsNode({}, console.error);
const options = { ...parsed, node: lts ?? parsed.node };
const nodeArgs = split < 0 ? [] : argv.slice(split + 1);
const cleanup = createCleanup();
const rows: Record<string, number>[] = [];
try {
  const env = await startEnvironment(options, cleanup);
  for (let round = 0; round < options.rounds; round++) {
    const bot = await env.startBot(nodeArgs);
    await sleep(1000);
    const idle = bot.memory().rssMiB;
    const driver = createDriver(bot.eventsUrl, env.slack);
    await answerMs(driver, CONTACT_IDS.voiceInbound);
    await measureAck(driver, {
      rounds: 1,
      requests: options.ackRequests,
      contactId: CONTACT_IDS.voiceInbound,
      botCpuMs: () => bot.cpuMs(),
    });
    const burst = await burstAgainst(driver, bot, env.slack, options.burst, BURSTS);
    const after = bot.memory();
    const heap = await bot.heap();
    await sleep(5000);
    const row = {
      startMs: bot.startupMs,
      idle,
      afterBurst: after.rssMiB,
      peak: after.peakMiB,
      heapUsed: heap.usedMiB,
      heapTotal: heap.totalMiB,
      fiveSecondsLater: bot.memory().rssMiB,
      ackP99Ms: burst.p99Ms.max,
      ackMaxMs: burst.maxMs.max,
      refused: burst.refused.max,
      over1s: burst.over1s.max,
      cpuMsPerRequest: burst.botCpuMsPerRequest.median,
    };
    rows.push(row);
    console.error(`bench: round ${round + 1}: ${format(row)}`);
    await bot.stop();
  }
  const keys = Object.keys(rows[0]!);
  const median = Object.fromEntries(
    keys.map((key) => [key, acrossRounds(rows.map((row) => row[key]!)).median]),
  );
  console.log(`median of ${rows.length} rounds: ${format(median)}`);
  console.log("(RSS and heap in MiB; acks, refused, over 1 s: each round's worst burst)");
} finally {
  await cleanup.run();
}
