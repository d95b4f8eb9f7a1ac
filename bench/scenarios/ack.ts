import { sleep } from "../../test/support/http-io.js";
import type { Driver, Sent } from "../driver.js";
import { acrossRounds, type Percentiles, percentiles, percentilesAcrossRounds } from "../stats.js";
import { isSummary } from "../summary-check.js";

/**
 * `count` requests from `concurrency` closed-loop senders that fire again the moment they are
 * acked: a saturation test. By Little's law its latency is concurrency / throughput, so it
 * measures how many requests a second the bot takes rather than what one user waits.
 */
async function closedLoop(send: () => Promise<Sent>, count: number, concurrency: number) {
  const sent: Sent[] = [];
  let next = 0;
  const worker = async () => {
    while (next < count) {
      next += 1;
      sent.push(await send());
    }
  };
  await Promise.all(Array.from({ length: concurrency }, worker));
  if (sent.some((s) => s.status !== 200)) throw new Error("ack: a request was not acked with 200");
  return sent;
}

/**
 * `count` requests in waves of `concurrency` sent at the same instant, each wave once the last
 * one's summaries have arrived: many people running /contact at once (an incident), the load
 * Slack actually delivers, where the ack is what each of them waits for.
 */
async function waves(
  send: () => Promise<Sent>,
  count: number,
  concurrency: number,
  settle: (sent: Sent[]) => Promise<void>,
) {
  const sent: Sent[] = [];
  while (sent.length < count) {
    const wave = await Promise.all(Array.from({ length: concurrency }, send));
    await settle(wave);
    sent.push(...wave);
  }
  if (sent.some((s) => s.status !== 200)) throw new Error("ack: a request was not acked with 200");
  return sent;
}

type AckLevel = ReturnType<typeof percentilesAcrossRounds> & {
  /** Requests acked per second during the round: with N in flight, latency ≈ N / throughput. */
  throughputPerS: ReturnType<typeof acrossRounds>;
  /** The bot's CPU per request (for a command: ack, lookup, render, answer). */
  botCpuMsPerRequest: ReturnType<typeof acrossRounds>;
};

/**
 * Scenario 1: the HTTP ack of `/contact <warm id>` at concurrency 1, 10 and 50. A command round
 * also waits for every summary, so that a failing bot cannot look fast and the next round starts
 * quiet. Last, `link-c50`: a link button, whose listener only acks, at 50 — the ack path alone.
 */
export async function measureAck(
  driver: Driver,
  options: { rounds: number; requests: number; contactId: string; botCpuMs: () => number },
) {
  const command = () => driver.command(options.contactId);
  const link = () => driver.click("contact_console", "");
  const answered = async (sent: Sent[]) => {
    for (const s of sent) {
      const post = await driver.answer(s.responseId);
      if (!isSummary(post.body, options.contactId)) {
        throw new Error(`ack: ${s.responseId} got no summary: ${JSON.stringify(post.body)}`);
      }
    }
  };
  const levels = [
    ["c1", 1, command, "loop"],
    ["c10", 10, command, "loop"],
    ["c50", 50, command, "waves"],
    ["c50-saturated", 50, command, "loop"],
    ["link-c50-saturated", 50, link, "loop"],
  ] as const;
  const result: Record<string, AckLevel> = {};
  for (const [name, concurrency, send, mode] of levels) {
    const count = Math.max(options.requests, concurrency * 5);
    const rounds: Percentiles[] = [];
    const [throughput, cpu]: number[][] = [[], []];
    for (let round = 0; round < options.rounds; round++) {
      const [cpuBefore, started] = [options.botCpuMs(), performance.now()];
      const sent =
        mode === "waves"
          ? await waves(send, count, concurrency, answered)
          : await closedLoop(send, count, concurrency);
      throughput.push((count * 1000) / (performance.now() - started));
      if (send === command && mode === "loop") await answered(sent);
      rounds.push(percentiles(sent.map((s) => s.ackMs)));
      await sleep(200);
      cpu.push((options.botCpuMs() - cpuBefore) / count);
    }
    result[name] = {
      ...percentilesAcrossRounds(rounds),
      throughputPerS: acrossRounds(throughput),
      botCpuMsPerRequest: acrossRounds(cpu),
    };
  }
  return result;
}
