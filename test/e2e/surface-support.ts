import type { SlackCall } from "../support/fake-slack.js";
import { buttonsOf, type Harness } from "./harness.js";

export const ALERT_CHANNEL = "CALERT";

/**
 * Env for a bot watching ALERT_CHANNEL. The prefix is explicit so that a second replica (or a
 * restarted bot) can share the claims; posts are paced fast so the suite does not wait on Slack's
 * one-per-second limit.
 */
export function alertEnv(prefix: string, extra: Record<string, string> = {}) {
  return {
    ALERT_CHANNEL_IDS: ALERT_CHANNEL,
    REDIS_KEY_PREFIX: prefix,
    SLACK_POSTS_PER_SECOND_PER_CHANNEL: "200",
    ...extra,
  };
}

let tsCounter = 0;
/** A message ts no other test uses, so one test's claims never hide another's message. */
export function freshTs(): string {
  tsCounter += 1;
  return `${1_800_000_000 + (Math.floor(Date.now() / 1000) % 1_000_000)}.${String(tsCounter).padStart(6, "0")}`;
}

/** The bot's successful posts in the thread of the message `ts`. */
export function threadPosts(h: Pick<Harness, "slack">, ts: string, channel = ALERT_CHANNEL) {
  return h.slack.postsTo(channel).filter((call) => call.args.thread_ts === ts);
}

/** Waits until exactly `n` posts are in the thread, then returns them. */
export function waitForPosts(
  h: Pick<Harness, "slack">,
  ts: string,
  n: number,
  timeoutMs?: number,
): Promise<SlackCall[]> {
  return h.slack.waitFor(() => {
    const posts = threadPosts(h, ts);
    return posts.length >= n && posts;
  }, timeoutMs);
}

/** For "nothing happens" checks: long enough for the bot to have acted, short enough to stay fast. */
export function settle(ms = 300): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

/** A message event in the alert channel, from another app's bot unless `fields` say otherwise. */
export function alertMessage(ts: string, text: string, fields: Record<string, unknown> = {}) {
  return { type: "message", channel: ALERT_CHANNEL, ts, text, ...fields };
}

/** The expanded section of a summary: every block after its divider, as searchable text. */
export function openSectionText(message: unknown): string {
  const blocks = (message as { blocks?: { type: string }[] }).blocks ?? [];
  const divider = blocks.findLastIndex((block) => block.type === "divider");
  return divider < 0 ? "" : JSON.stringify(blocks.slice(divider + 1));
}

/** An alert as another app's bot posts it: no text of its own, the details in attachments/blocks. */
export function botAlert(ts: string, fields: { attachments?: unknown[]; blocks?: unknown[] }) {
  return alertMessage(ts, "", { subtype: "bot_message", bot_id: "BCLOUDWATCH", ...fields });
}

/** A rich_text block holding one link, as Slack stores a pasted URL. */
export function richTextLink(url: string) {
  const link = { type: "link", url };
  return { type: "rich_text", elements: [{ type: "rich_text_section", elements: [link] }] };
}

let botTsCounter = 0;

/**
 * Clicks a button of a message the bot posted in a channel (public: Slack sends the message, and
 * `is_ephemeral` is false), as the post sits in the thread of `threadTs`.
 */
export async function clickOnPost(
  h: Pick<Harness, "click">,
  post: Pick<SlackCall, "args"> | undefined,
  actionId: string,
  threadTs: string,
): Promise<{ status: number; responseUrl: string; botTs: string }> {
  botTsCounter += 1;
  const botTs = `1700000001.${String(botTsCounter).padStart(6, "0")}`;
  const channelId = String(post?.args.channel);
  const clicked = await h.click({
    actionId,
    value: buttonsOf(post?.args).get(actionId)?.value,
    isEphemeral: false,
    channelId,
    messageTs: botTs,
    message: { ...post?.args, ts: botTs, thread_ts: threadTs },
  });
  return { ...clicked, botTs };
}
