import type { WebClient } from "@slack/web-api";
import {
  renderTimelineAlreadyHere,
  timelineComment,
  timelineDmLine,
  withDmLine,
} from "../../../blocks/timeline/timeline-blocks.js";
import { timelineAltText } from "../../../blocks/timeline/timeline-words.js";
import type { Deps } from "../../deps.js";
import { uploadPng } from "../../slack/png-upload.js";
import type { SharedFile, TimelinePicture } from "../../timeline/timeline-service.js";
import { type ContactViewDeps, contactView } from "../contact-view.js";
import { answerBeside, type ButtonArgs, type Click, refOf, shareTarget } from "./button-context.js";

export type TimelineDeps = ContactViewDeps & Pick<Deps, "timelines">;

/** Uploads the picture to the channel (and thread), or reuses the upload remembered there. */
async function shareIn(
  deps: TimelineDeps,
  client: WebClient,
  picture: TimelinePicture & { png: Buffer },
  where: { channel: () => Promise<string>; threadTs?: string; place: string },
): Promise<{ file: SharedFile; reused: boolean }> {
  const known = await deps.timelines.fileIn(picture, where.place);
  if (known) return { file: known, reused: true };
  const contactId = picture.timeline.lanes.find((lane) => lane.current)?.contactId ?? "contact";
  const file = await uploadPng(client, {
    channel: await where.channel(),
    ...(where.threadTs ? { threadTs: where.threadTs } : {}),
    filename: `timeline-${contactId}.png`,
    bytes: picture.png,
    title: `Contact timeline ${contactId}`,
    altText: timelineAltText(picture.timeline),
    comment: timelineComment(contactId, picture.timeline),
  });
  await deps.timelines.rememberFile(picture, where.place, file);
  return { file, reused: false };
}

/** What to answer once the picture is in Slack (sent apart, so a failed upload alone falls back). */
export type Answer = () => Promise<void>;

/**
 * A private answer stays private: the picture goes to the user's DM with the bot, and the private
 * message is replaced by the same summary with a line linking that file at its top.
 */
export async function timelineToDm(
  deps: TimelineDeps,
  args: ButtonArgs,
  click: Click,
  picture: TimelinePicture & { png: Buffer },
): Promise<Answer> {
  const user = args.body.user.id;
  // Needs `im:write`; only asked for when there is something new to upload.
  const dm = async () => {
    const opened = await args.client.conversations.open({ users: user });
    if (!opened.channel?.id) throw new Error("conversations.open named no channel");
    return opened.channel.id;
  };
  const { file } = await shareIn(deps, args.client, picture, { channel: dm, place: `dm:${user}` });
  return async () => {
    const view = await contactView(deps, click.lookup, refOf(click.state), {
      open: click.state.o,
      shareTo: shareTarget(click.state),
    });
    if (!view.ok) {
      return answerBeside(args, { text: view.text, blocks: timelineDmLine(file.permalink) });
    }
    await args.respond({
      replace_original: true,
      text: view.text,
      blocks: withDmLine(view.blocks, file.permalink),
    });
  };
}

/** A summary in a channel or thread (alert threads, shared summaries): the picture goes there. */
export async function timelineToThread(
  deps: TimelineDeps,
  args: ButtonArgs,
  picture: TimelinePicture & { png: Buffer },
  where: { channel: string; threadTs: string },
): Promise<Answer> {
  const place = `${where.channel}:${where.threadTs}`;
  const { file, reused } = await shareIn(deps, args.client, picture, {
    channel: async () => where.channel,
    threadTs: where.threadTs,
    place,
  });
  // A thread needs the picture once; a second click points at it instead of posting it again.
  return async () => {
    if (reused) await answerBeside(args, renderTimelineAlreadyHere(file.permalink));
  };
}
