import { Agent, request } from "node:http";
import { CONTACT_IDS } from "../../test/fixtures/contacts.js";
import type { FakeSlack } from "../../test/support/fake-slack.js";
import { sleep } from "../../test/support/http-io.js";
import { signSlackRequest, slashCommandBody } from "../../test/support/slack-request.js";
import { sampleAcceptQueue } from "../accept-queue.js";
import type { BotProcess } from "../bot-process.js";
import type { Driver } from "../driver.js";
import { SIGNING_SECRET } from "../environment.js";
import { type AcrossRounds, acrossRounds, percentiles } from "../stats.js";
import { isSummary } from "../summary-check.js";

export interface BurstRound {
  p50Ms: number;
  p99Ms: number;
  maxMs: number;
  /** Acks Slack would show as slow (> 1 s) and that it would have given up on (> 3 s). */
  over1s: number;
  over3s: number;
  /** Answered 503 by the bot's overload guard (quickly, by design), not acked. */
  refused: number;
  throughputPerS: number;
  botCpuMsPerRequest: number;
  /** Largest accept-queue depth (listen socket's Recv-Q) seen, and when after the start. */
  acceptQueueMax: number;
  acceptQueueMaxAtMs: number;
}

interface Options {
  port: number;
  connections: number;
  requests: number;
  contactId: string;
  responseUrl: (id: string) => string;
  botCpuMs: () => number;
}

/** One signed POST on a keep-alive connection of `agent`: status and ack latency. */
function post(agent: Agent, port: number, body: string): Promise<{ status: number; ms: number }> {
  const started = performance.now();
  const headers = {
    "content-type": "application/x-www-form-urlencoded",
    "content-length": Buffer.byteLength(body),
    ...signSlackRequest(body, SIGNING_SECRET),
  };
  return new Promise((resolve, reject) => {
    const req = request(
      { agent, host: "127.0.0.1", port, path: "/slack/events", method: "POST", headers },
      (res) => {
        res.resume();
        res.on("end", () =>
          resolve({ status: res.statusCode ?? 0, ms: performance.now() - started }),
        );
      },
    );
    req.setTimeout(30_000, () => req.destroy(new Error("burst: no ack in 30 s")));
    req.on("error", reject);
    req.end(body);
  });
}

/**
 * Scenario: `connections` keep-alive connections opened at the same instant, then `requests`
 * `/contact <cached id>` over them, each connection sending its next one as soon as its last is
 * acked. What Slack's edge does to a replica in an incident; an accept queue that is not drained
 * shows as acks of several seconds for the connections the bot has not accepted yet.
 */
export async function burstRound(driver: Driver, options: Options): Promise<BurstRound> {
  const agent = new Agent({ keepAlive: true, maxSockets: options.connections });
  const sampler = sampleAcceptQueue(options.port);
  const acks: number[] = [];
  const ids: string[] = [];
  let refused = 0;
  let next = 0;
  const cpuBefore = options.botCpuMs();
  const started = performance.now();
  const sender = async () => {
    while (next < options.requests) {
      const id = `bench-burst-${Date.now()}-${next++}`;
      const body = slashCommandBody({
        text: options.contactId,
        responseUrl: options.responseUrl(id),
      });
      const { status, ms } = await post(agent, options.port, body);
      if (status === 503) refused += 1;
      else if (status !== 200) throw new Error(`burst: a request was answered ${status}`);
      else ids.push(id);
      acks.push(ms);
    }
  };
  try {
    await Promise.all(Array.from({ length: options.connections }, sender));
  } finally {
    agent.destroy();
  }
  const elapsed = performance.now() - started;
  const queue = sampler.stop();
  if (process.env.BURST_SAMPLES)
    console.error(JSON.stringify(queue.samples.filter(([, d]) => d > 0)));
  for (const id of ids) {
    const answer = await driver.answer(id, 30_000);
    if (!isSummary(answer.body, options.contactId))
      throw new Error(`burst: ${id} got no summary: ${JSON.stringify(answer.body).slice(0, 300)}`);
  }
  const cpu = options.botCpuMs() - cpuBefore;
  const p = percentiles(acks);
  return {
    p50Ms: p.p50,
    p99Ms: p.p99,
    maxMs: p.max,
    over1s: acks.filter((ms) => ms > 1000).length,
    over3s: acks.filter((ms) => ms > 3000).length,
    refused,
    throughputPerS: (options.requests * 1000) / elapsed,
    botCpuMsPerRequest: cpu / options.requests,
    acceptQueueMax: queue.max,
    acceptQueueMaxAtMs: queue.atMs,
  };
}

export type BurstResult = { [K in keyof BurstRound]: AcrossRounds } & { rounds: BurstRound[] };

/** `rounds` bursts, each figure as the median over them; a pause between lets the bot settle. */
export async function measureBurst(
  driver: Driver,
  options: Options & { rounds: number; pause: () => Promise<void> },
): Promise<BurstResult> {
  const rounds: BurstRound[] = [];
  for (let round = 0; round < options.rounds; round++) {
    rounds.push(await burstRound(driver, options));
    await options.pause();
  }
  const keys = Object.keys(rounds[0]!) as (keyof BurstRound)[];
  const figures = Object.fromEntries(keys.map((k) => [k, acrossRounds(rounds.map((r) => r[k]))]));
  return { ...(figures as { [K in keyof BurstRound]: AcrossRounds }), rounds };
}

/**
 * The bench's burst against a running bot: `/contact` on the fixtures' answered call, answers at
 * the fake Slack's response_url, a second's pause between rounds. What every bench runs.
 */
export function burstAgainst(
  driver: Driver,
  bot: Pick<BotProcess, "baseUrl" | "cpuMs">,
  slack: Pick<FakeSlack, "responseUrl">,
  sizes: Pick<Options, "connections" | "requests">,
  rounds: number,
): Promise<BurstResult> {
  return measureBurst(driver, {
    rounds,
    port: Number(new URL(bot.baseUrl).port),
    ...sizes,
    contactId: CONTACT_IDS.voiceInbound,
    responseUrl: (id) => slack.responseUrl(id),
    botCpuMs: () => bot.cpuMs(),
    pause: () => sleep(1000),
  });
}
