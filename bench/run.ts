// `npm run bench`: the built bot as a child process against a private Redis, the Connect
// emulator and the fake Slack API; figures printed as a table and written as JSON. See
// docs/performance.md. Every process and server it starts is stopped on exit, error or Ctrl-C.
import { existsSync } from "node:fs";
import { mkdir, writeFile } from "node:fs/promises";
import { dirname } from "node:path";
import { CONTACT_IDS } from "../test/fixtures/contacts.js";
import { freePort } from "../test/support/free-port.js";
import { sleep } from "../test/support/http-io.js";
import { createCleanup } from "./cleanup.js";
import { createDriver } from "./driver.js";
import { startEnvironment } from "./environment.js";
import type { LogTail } from "./log-tail.js";
import { npmStartMs } from "./npm-start.js";
import { parseBenchOptions } from "./options.js";
import { formatReport } from "./report.js";
import { type BenchResults, loadAverage1m, machine, stormSummary } from "./results.js";
import { measureAck } from "./scenarios/ack.js";
import { answerMs, measureCold, measureWarm } from "./scenarios/answer.js";
import { burstAgainst } from "./scenarios/burst.js";
import { measureConversation, warmConversation } from "./scenarios/conversation.js";
import { measureExpand } from "./scenarios/expand.js";
import { measureCli } from "./scenarios/peer.js";
import { measureRedisDown } from "./scenarios/redis-down.js";
import { replicasRound } from "./scenarios/replicas.js";
import { type StormRound, stormRound } from "./scenarios/storm.js";
import { measureTimeline } from "./scenarios/timeline.js";
import { acrossRounds } from "./stats.js";
import { connectLoad } from "./storm-analysis.js";

const progress = (line: string) => console.error(`bench: ${line}`);

async function main(): Promise<void> {
  const options = parseBenchOptions(process.argv.slice(2));
  if (!existsSync("dist/bot/app.js")) throw new Error("dist/ is missing: run `npm run bench`");
  const begun = performance.now();
  const loadAtStart = loadAverage1m();
  const cleanup = createCleanup();
  // What the bot last logged explains most failures (a crash, an error instead of a summary).
  let botLogs: LogTail | undefined;
  try {
    const env = await startEnvironment(options, cleanup);
    // The Connect limiter's bucket is full again after burst / rate seconds of quiet.
    const refill = () => sleep((options.connectBurst / options.connectRps) * 1000 + 300);

    progress(`npm start × ${options.rounds}`);
    const npmStarts: number[] = [];
    for (let round = 0; round < options.rounds; round++) {
      npmStarts.push(await npmStartMs(env.botEnv, await freePort(), options.node, cleanup));
    }
    progress(`start-up × ${options.rounds}`);
    const startups: number[] = [];
    let bot = await env.startBot();
    startups.push(bot.startupMs);
    while (startups.length < options.rounds) {
      await bot.stop();
      bot = await env.startBot();
      startups.push(bot.startupMs);
    }
    botLogs = bot.logs;
    await sleep(1000);
    const idle = bot.memory();
    const driver = createDriver(bot.eventsUrl, env.slack);

    // Caches every queue, agent, routing profile, hierarchy and the instance URL.
    const warmIds = [CONTACT_IDS.voiceInbound, CONTACT_IDS.chat, CONTACT_IDS.email];
    for (const id of [...warmIds, CONTACT_IDS.abandoned]) await answerMs(driver, id);

    progress("ack latency");
    const { rounds } = options;
    const ack = await measureAck(driver, {
      rounds,
      requests: options.ackRequests,
      contactId: CONTACT_IDS.voiceInbound,
      botCpuMs: () => bot.cpuMs(),
    });
    progress(`burst × ${rounds}: ${options.burst.connections} connections at once`);
    const burst = await burstAgainst(driver, bot, env.slack, options.burst, rounds);
    const afterBurst = bot.memory();
    progress("answer latency, warm and cold");
    const warm = await measureWarm(driver, {
      rounds,
      lookups: options.warmLookups,
      contactIds: warmIds,
    });
    await refill();
    env.connect.reset();
    const take = () => env.pool.take(options.coldLookups);
    const cold = await measureCold(driver, { rounds, take, connectRps: options.connectRps });
    const coldCalls = connectLoad(env.connect.calls).byOperation;
    progress("expand latency");
    const expand = await measureExpand(driver, {
      rounds,
      clicks: options.expandClicks,
      contactId: CONTACT_IDS.voiceInbound,
    });

    progress("Conversation section, first and cached open");
    await refill();
    await warmConversation(driver, env.analysed.take(1)[0]!);
    const conversation = await measureConversation(driver, {
      rounds,
      opens: options.conversationOpens,
      take: (count) => env.analysed.take(count),
    });

    progress("answer latency with Redis down");
    await refill();
    const redisDown = await measureRedisDown(env, driver, bot, {
      rounds,
      lookups: options.warmLookups,
      contactIds: warmIds,
      take,
      connectRps: options.connectRps,
    });

    progress("timeline picture, 5 legs");
    const timeline = await measureTimeline({ rounds, renders: options.timelineRenders });

    const storms: StormRound[] = [];
    for (let round = 0; round < options.stormRounds; round++) {
      progress(`alert storm ${round + 1}/${options.stormRounds}`);
      await refill();
      storms.push(await stormRound(env, [{ driver, bot }], options, round));
    }
    progress(`alert storm over 3 replicas`);
    await refill();
    const replicas = await replicasRound(env, { driver, bot }, options);
    const afterStorm = bot.memory();
    const heapAfterStorm = await bot.heap();

    progress("aws CLI");
    await refill();
    env.connect.reset();
    const cliTake = () => env.pool.take(options.cliLookups);
    const cli = await measureCli(
      env.connect.url,
      { rounds, take: cliTake, connectRps: options.connectRps },
      cleanup,
    );

    const results: BenchResults = {
      date: new Date().toISOString(),
      machine: machine(options.node),
      loadAverage: { start: loadAtStart, end: loadAverage1m() },
      options,
      durationS: (performance.now() - begun) / 1000,
      resources: {
        startupMs: acrossRounds(startups),
        npmStartMs: acrossRounds(npmStarts),
        idleMiB: idle.rssMiB,
        afterBurstMiB: afterBurst.rssMiB,
        peakAfterBurstMiB: afterBurst.peakMiB,
        afterStormMiB: afterStorm.rssMiB,
        peakMiB: afterStorm.peakMiB,
        heapAfterStorm,
      },
      ack,
      burst,
      answer: { warm, cold: { ...cold, connectCalls: coldCalls }, redisDown },
      expand,
      conversation,
      timeline,
      storm: stormSummary(storms),
      replicas,
      peer: {
        cli,
        warmOverCli: warm.p50.median / cli.p50.median,
        coldOverCli: cold.p50.median / cli.p50.median,
      },
    };
    await mkdir(dirname(options.out), { recursive: true });
    await writeFile(options.out, `${JSON.stringify(results, null, 2)}\n`);
    console.log(formatReport(results));
    console.log(`\nwritten to ${options.out}`);
  } catch (error) {
    if (botLogs) console.error(`bench: the bot's last log lines:\n${botLogs.tail().join("\n")}`);
    throw error;
  } finally {
    await cleanup.run();
  }
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    console.error(error instanceof Error ? (error.stack ?? error.message) : error);
    process.exit(1);
  },
);
