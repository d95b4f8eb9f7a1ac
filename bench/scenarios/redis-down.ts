import { eventually } from "../../test/e2e/eventually.js";
import type { BotProcess } from "../bot-process.js";
import type { Driver } from "../driver.js";
import type { Environment } from "../environment.js";
import { measureCold, measureWarm } from "./answer.js";

/** Until the bot's /readyz reports its cache as `state` ("degraded" or "redis"). */
async function cacheState(bot: BotProcess, state: string): Promise<void> {
  await eventually(async () => {
    const body = (await (await fetch(`${bot.baseUrl}/readyz`)).json()) as { redis?: string };
    return body.redis === state;
  }, 30_000);
}

/**
 * Scenario 6: answers while Redis is down (killed), to compare with the warm and cold figures
 * taken with Redis up. The e2e faults tests check what the bot answers meanwhile; the cost of
 * the outage in time is measured here, on a machine not shared with the test suite.
 */
export async function measureRedisDown(
  env: Environment,
  driver: Driver,
  bot: BotProcess,
  options: Parameters<typeof measureWarm>[1] & Parameters<typeof measureCold>[1],
) {
  await env.redis.kill();
  try {
    await cacheState(bot, "degraded");
    const warm = await measureWarm(driver, options);
    const cold = await measureCold(driver, options);
    return { warm, cold };
  } finally {
    await env.redis.restart();
    await cacheState(bot, "redis");
  }
}
