import { expect } from "vitest";
import { encodeButtonState } from "../../blocks/button-state.js";
import { CONSOLE_BASE_URL, INSTANCE_ID } from "../fixtures/contacts.js";
import { slackTs } from "../support/slack-payload-parts.js";
import { answersTo, type Harness, textOf } from "./harness.js";

/** Every way a person (or an alerting tool) can make the bot look a contact up. */
export const SURFACES = ["command", "action", "shortcut", "unfurl", "alert"] as const;
export type SurfaceName = (typeof SURFACES)[number];

export interface Where {
  userId: string;
  channelId: string;
}

/** Picks what the bot sent back for one request: undefined until it has. */
export type ReplyPick = () => Record<string, unknown> | undefined;

export function consoleUrl(contactId: string): string {
  return `${CONSOLE_BASE_URL}/contact-trace-records/details/${contactId}`;
}

/**
 * Sends one request on `surface` asking about `contactId`, and returns how to find the bot's
 * reply: the response_url answer, the unfurl (or the ephemeral note instead of it), the thread post.
 */
export async function lookVia(
  h: Harness,
  surface: SurfaceName,
  contactId: string,
  where: Where,
): Promise<ReplyPick> {
  const since = h.slack.calls.length;
  const later = () => h.slack.calls.slice(since);
  const viaResponseUrl = (status: number, responseUrl: string): ReplyPick => {
    if (status !== 200) throw new Error(`${surface}: HTTP ${status}`);
    return () => answersTo(h.slack, responseUrl)[0];
  };
  switch (surface) {
    case "command": {
      const { status, responseUrl } = await h.command(contactId, where);
      return viaResponseUrl(status, responseUrl);
    }
    case "action": {
      const value = encodeButtonState({ i: INSTANCE_ID, c: contactId });
      const sent = await h.click({
        actionId: "contact_section_queue",
        value,
        isEphemeral: true,
        ...where,
      });
      return viaResponseUrl(sent.status, sent.responseUrl);
    }
    case "shortcut": {
      const message = { ts: slackTs(), text: `customer called twice: ${contactId}` };
      const sent = await h.shortcut({ message, ...where });
      return viaResponseUrl(sent.status, sent.responseUrl);
    }
    case "unfurl": {
      const ts = slackTs();
      const url = consoleUrl(contactId);
      await h.event({
        type: "link_shared",
        channel: where.channelId,
        user: where.userId,
        message_ts: ts,
        links: [{ domain: new URL(url).hostname, url }],
      });
      return () =>
        later().find(
          (c) =>
            (c.method === "chat.unfurl" && c.args.ts === ts) ||
            (c.method === "chat.postEphemeral" && c.args.user === where.userId),
        )?.args;
    }
    case "alert": {
      const ts = slackTs();
      await h.event({
        type: "message",
        channel: where.channelId,
        user: where.userId,
        text: `High handle time on contact ${contactId}`,
        ts,
      });
      return () =>
        later().find((c) => c.method === "chat.postMessage" && c.args.thread_ts === ts)?.args;
    }
  }
}

/** The audit lines written so far for one contact (optionally on one surface). */
export function auditLines(
  h: Pick<Harness, "logs">,
  contactId: string,
  surface?: string,
): Record<string, unknown>[] {
  return h.logs
    .filter((line) => line.msg === "audit")
    .map((line) => line.audit as Record<string, unknown>)
    .filter((a) => a.contactId === contactId && (!surface || a.surface === surface));
}

/** A refusal on `surface`: said privately (an unfurl's note is ephemeral by its method), no data. */
export function expectRefusal(
  surface: SurfaceName,
  reply: Record<string, unknown>,
  wording: RegExp,
  contactId: string,
): void {
  expect(textOf(reply)).toMatch(wording);
  expect(textOf(reply)).not.toContain(contactId);
  if (surface !== "unfurl") expect(reply.response_type).toBe("ephemeral");
}

/** Nothing was asked of AWS and nothing unfurled, even a moment later. */
export async function expectNothingLookedUp(h: Pick<Harness, "connect" | "slack">): Promise<void> {
  await new Promise((resolve) => setTimeout(resolve, 100));
  expect(h.connect.count()).toBe(0);
  expect(h.slack.calls.filter((c) => c.method === "chat.unfurl")).toHaveLength(0);
}
