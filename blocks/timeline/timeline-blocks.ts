import type { Timeline } from "../../src/domain/timeline/timeline.js";
import { context, type KnownBlock, lineSections, section } from "../block-kit.js";
import { fitMessage } from "../fit-message.js";
import { code, type Mrkdwn, md, trusted } from "../mrkdwn.js";
import { timelineHeadline, timelineLines } from "./timeline-words.js";

/** Slack's own file links; anything else (or a link that could break out of `<…|…>`) is left out. */
const PERMALINK = /^https:\/\/[^\s<>|]+$/;

function fileLink(permalink: string | undefined, label: string): Mrkdwn {
  return permalink && PERMALINK.test(permalink)
    ? trusted(`<${permalink.replace(/&/g, "&amp;")}|${label}>`)
    : trusted(label);
}

/** The one-line comment posted with the picture, naming the contact. */
export function timelineComment(contactId: string, timeline: Timeline): string {
  return `🖼 Timeline of contact ${code(contactId, 100) ?? "?"}: ${md(timelineHeadline(timeline), 500) ?? ""}`;
}

/** The line a private answer gains when its picture went to the user's DM with the bot. */
export function timelineDmLine(permalink: string | undefined): KnownBlock[] {
  return context([
    trusted(
      `🖼 ${fileLink(permalink, "Timeline picture")} sent to you in your direct messages with me.`,
    ),
  ]);
}

/** A private summary with the DM line at its top, where cutting an over-long message never reaches. */
export function withDmLine(
  blocks: readonly KnownBlock[],
  permalink: string | undefined,
): KnownBlock[] {
  return fitMessage([...timelineDmLine(permalink), ...blocks]);
}

/** A second click in a thread that already has the picture. */
export function renderTimelineAlreadyHere(permalink: string | undefined): {
  text: string;
  blocks: KnownBlock[];
} {
  const text = trusted(
    `🖼 The ${fileLink(permalink, "timeline picture")} is already in this thread.`,
  );
  return { text, blocks: [section(text)] };
}

/** The timeline in words, for when the picture could not be drawn or uploaded. */
export function renderTimelineText(
  contactId: string,
  timeline: Timeline,
  reason: string,
): { text: string; blocks: KnownBlock[] } {
  const title = trusted(
    `*Timeline of ${code(contactId, 100) ?? "the contact"}* — ${md(timelineHeadline(timeline), 500) ?? ""}`,
  );
  const lines = timelineLines(timeline).map((line) => md(line, 1000));
  return {
    text: title,
    blocks: [...lineSections([title, ...lines], 10), ...context([md(reason, 300)])],
  };
}
