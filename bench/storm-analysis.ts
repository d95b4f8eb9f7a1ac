import type { ConnectCall } from "../test/support/connect-emulator.js";
import type { SlackCall } from "../test/support/fake-slack.js";
import { isSummary } from "./summary-check.js";

/** Most events in any sliding window of `windowMs` (timestamps in ms, any order). */
export function maxInWindow(times: readonly number[], windowMs = 1000): number {
  const sorted = [...times].sort((a, b) => a - b);
  let best = 0;
  for (let i = 0, j = 0; i < sorted.length; i++) {
    while (j < sorted.length && sorted[j]! - sorted[i]! < windowMs) j++;
    best = Math.max(best, j - i);
  }
  return best;
}

export interface ThreadAnswers {
  /** Successful thread posts per message key `channel/ts`. */
  posts: Map<string, SlackCall[]>;
  summaries: number;
  errors: number;
  duplicates: number;
  /** Most successful posts to one channel in any 1 s. */
  maxPostsPerChannelPerSecond: number;
}

/** What the fake Slack received in reply to the storm's messages. */
export function threadAnswers(
  calls: readonly SlackCall[],
  keys: ReadonlySet<string>,
): ThreadAnswers {
  const posts = new Map<string, SlackCall[]>();
  const perChannel = new Map<string, number[]>();
  for (const call of calls) {
    if (call.method !== "chat.postMessage" || call.error || !call.args.thread_ts) continue;
    const key = `${call.args.channel}/${call.args.thread_ts}`;
    if (!keys.has(key)) continue;
    posts.set(key, [...(posts.get(key) ?? []), call]);
    const channel = String(call.args.channel);
    perChannel.set(channel, [...(perChannel.get(channel) ?? []), call.at]);
  }
  const firsts = [...posts.values()].map((list) => list[0]!);
  const summaries = firsts.filter((call) => isSummary(call.args)).length;
  return {
    posts,
    summaries,
    errors: firsts.length - summaries,
    duplicates: [...posts.values()].reduce((n, list) => n + list.length - 1, 0),
    maxPostsPerChannelPerSecond: Math.max(
      0,
      ...[...perChannel.values()].map((t) => maxInWindow(t)),
    ),
  };
}

/** Connect calls by operation, and the busiest 1 s window, overall and for DescribeContact. */
export function connectLoad(calls: readonly ConnectCall[]) {
  const byOperation: Record<string, number> = {};
  for (const call of calls) byOperation[call.operation] = (byOperation[call.operation] ?? 0) + 1;
  const describe = calls.filter((c) => c.operation === "DescribeContact").map((c) => c.at);
  return {
    byOperation,
    maxPerSecond: maxInWindow(calls.map((c) => c.at)),
    maxDescribeContactPerSecond: maxInWindow(describe),
  };
}
