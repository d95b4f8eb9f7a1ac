import { sleep } from "../../test/support/http-io.js";
import type { BotProcess } from "../bot-process.js";
import type { Driver } from "../driver.js";
import type { Environment } from "../environment.js";
import type { BenchOptions } from "../options.js";
import { percentiles } from "../stats.js";
import { connectLoad, threadAnswers } from "../storm-analysis.js";
import { isSummary } from "../summary-check.js";

/** Nothing new from the bot for this long after the last message: what is missing is lost. */
const IDLE_GIVE_UP_MS = 10_000;
/** After the last answer, a little longer to catch duplicates. */
const SETTLE_MS = 1500;

interface Planned {
  channel: string;
  ts: string;
  contactId: string;
}

/** Message i goes to channel i mod N; each contact is mentioned by a run of consecutive alerts. */
function plan(spec: BenchOptions["storm"], channels: string[], contacts: string[], round: number) {
  return Array.from(
    { length: spec.messages },
    (_, i): Planned => ({
      channel: channels[i % channels.length]!,
      ts: `${1_760_000_000 + round * 1000}.${String(i).padStart(6, "0")}`,
      contactId: contacts[Math.floor((i * contacts.length) / spec.messages)]!,
    }),
  );
}

/** One bot process and the Slack side talking to it. */
export interface Replica {
  driver: Driver;
  bot: BotProcess;
}

/** Adds up what each replica's log counted. */
function takeOutcomes(replicas: readonly Replica[]): Record<string, number> {
  const total: Record<string, number> = {};
  for (const { bot } of replicas) {
    for (const [k, n] of Object.entries(bot.logs.takeOutcomes())) total[k] = (total[k] ?? 0) + n;
  }
  return total;
}

/**
 * Scenario 4, one round: `messages` alerts in `seconds` over the alert channels, open loop (sent
 * on schedule whatever the acks), then waits until every alert has its thread answer. With
 * several replicas, alert i goes to replica i mod N, as a load balancer spreads them.
 */
export async function stormRound(
  env: Environment,
  replicas: readonly Replica[],
  options: BenchOptions,
  round: number,
) {
  const { storm: spec, connectRps: rps, connectBurst: burst } = options;
  const messages = plan(spec, env.alertChannels, env.pool.take(spec.contacts), round);
  const keys = new Set(messages.map((m) => `${m.channel}/${m.ts}`));
  env.connect.reset();
  env.slack.reset();
  takeOutcomes(replicas);
  const cpu = () => replicas.reduce((ms, { bot }) => ms + bot.cpuMs(), 0);
  const cpuBefore = cpu();
  const intervalMs = (spec.seconds * 1000) / spec.messages;
  const started = Date.now();
  const acks: Promise<{ status: number; ackMs: number }>[] = [];
  for (const [i, m] of messages.entries()) {
    await sleep(Math.max(0, started + i * intervalMs - Date.now()));
    acks.push(
      replicas[i % replicas.length]!.driver.event({
        type: "message",
        subtype: "bot_message",
        bot_id: "BALERTS",
        username: "CloudWatch Alarms",
        channel: m.channel,
        channel_type: "channel",
        ts: m.ts,
        event_ts: m.ts,
        text: `:rotating_light: ALARM ContactFlowErrors — contact ${m.contactId} failed in flow "Main IVR"`,
      }),
    );
  }
  const acked = await Promise.all(acks);
  let lastActivity = Date.now();
  let seen = -1;
  for (;;) {
    const activity = env.slack.calls.length + env.connect.calls.length;
    if (activity !== seen) {
      [seen, lastActivity] = [activity, Date.now()];
      if (threadAnswers(env.slack.calls, keys).posts.size === keys.size) break;
    } else if (Date.now() - lastActivity > IDLE_GIVE_UP_MS) break;
    await sleep(25);
  }
  await sleep(SETTLE_MS);
  const answers = threadAnswers(env.slack.calls, keys);
  const latencies = messages.flatMap((m, i) => {
    const first = answers.posts.get(`${m.channel}/${m.ts}`)?.[0];
    return first ? [first.at - (started + i * intervalMs)] : [];
  });
  const firsts = [...answers.posts.values()].map((list) => list[0]!);
  const lastAt = (calls: typeof firsts) => Math.max(started, ...calls.map((c) => c.at));
  const perChannel = Math.ceil(spec.messages / env.alertChannels.length);
  const connectFloorS = Math.max(0, spec.contacts - burst) / rps;
  // The fake Slack's limit, like Slack's: one post per second per channel.
  const slackFloorS = perChannel - 1;
  const ackMs = percentiles(acked.map((a) => a.ackMs));
  return {
    messages: spec.messages,
    acksNot200: acked.filter((a) => a.status !== 200).length,
    ackP99Ms: ackMs.p99,
    answered: answers.posts.size,
    lost: keys.size - answers.posts.size,
    summaries: answers.summaries,
    errorAnswers: answers.errors,
    duplicates: answers.duplicates,
    lastAnswerS: (lastAt(firsts) - started) / 1000,
    lastSummaryS: (lastAt(firsts.filter((c) => isSummary(c.args))) - started) / 1000,
    floorS: Math.max(connectFloorS, slackFloorS),
    connectFloorS,
    slackFloorS,
    answerLatency: percentiles(latencies),
    throttled: env.connect.throttled,
    ...connectLoad(env.connect.calls),
    rateLimited: env.slack.rateLimited,
    maxPostsPerChannelPerSecond: answers.maxPostsPerChannelPerSecond,
    lookupOutcomes: takeOutcomes(replicas),
    botCpuS: (cpu() - cpuBefore) / 1000,
  };
}

export type StormRound = Awaited<ReturnType<typeof stormRound>>;
