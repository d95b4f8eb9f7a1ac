import { sleep } from "../../test/support/http-io.js";
import { createDriver } from "../driver.js";
import type { Environment } from "../environment.js";
import type { BenchOptions } from "../options.js";
import { answerMs } from "./answer.js";
import { type Replica, stormRound } from "./storm.js";

const REPLICAS = 3;

/**
 * Scenario 5: the alert storm spread round-robin over three bot processes sharing one Redis (the
 * running bot and two more). They share one Connect quota and one lookup per contact, so the
 * figures to read are the calls per second across all of them and the DescribeContact count.
 */
export async function replicasRound(env: Environment, first: Replica, options: BenchOptions) {
  const replicas: Replica[] = [first];
  try {
    while (replicas.length < REPLICAS) {
      const bot = await env.startBot();
      const driver = createDriver(bot.eventsUrl, env.slack);
      // A new process's first Connect call (credentials, connection set-up) lags behind
      // its token; in a storm that lag would make the emulator see the burst late.
      await answerMs(driver, env.pool.take(1)[0]!);
      replicas.push({ bot, driver });
    }
    await sleep((options.connectBurst / options.connectRps) * 1000 + 300);
    const round = await stormRound(env, replicas, options, options.stormRounds);
    return { replicas: REPLICAS, contacts: options.storm.contacts, ...round };
  } finally {
    await Promise.all(replicas.slice(1).map(({ bot }) => bot.stop()));
  }
}

export type ReplicasRound = Awaited<ReturnType<typeof replicasRound>>;
