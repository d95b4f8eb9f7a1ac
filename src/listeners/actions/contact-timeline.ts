import { renderError } from "../../../blocks/error-message.js";
import { renderTimelineText } from "../../../blocks/timeline/timeline-blocks.js";
import type { Deps } from "../../deps.js";
import { slackErrorCode } from "../../slack/slack-error.js";
import type { TimelinePicture } from "../../timeline/timeline-service.js";
import type { AuditedLookupDeps } from "../audited-lookup.js";
import { answerBeside, type ButtonArgs, type Click, onButton, refOf } from "./button-context.js";
import {
  type Answer,
  type TimelineDeps,
  timelineToDm,
  timelineToThread,
} from "./timeline-delivery.js";

/** The thread a clicked public message is in (or starts): where its picture belongs. */
function threadOf(
  args: ButtonArgs,
  click: Click,
): { channel: string; threadTs: string } | undefined {
  if (click.ephemeral || !click.channel) return undefined;
  const message = args.body.message as { ts?: string; thread_ts?: string } | undefined;
  const threadTs = message?.thread_ts ?? message?.ts ?? click.messageTs;
  return threadTs ? { channel: click.channel, threadTs } : undefined;
}

const hasPng = (picture: TimelinePicture): picture is TimelinePicture & { png: Buffer } =>
  picture.png !== undefined;

/**
 * Timeline button: the contact's whole transfer chain drawn as one PNG on a time axis in the
 * viewer's zone, uploaded into the thread the summary is in, or into the user's DM with the bot
 * for a private summary. When it cannot be drawn or uploaded, the same timeline in words.
 */
export function contactTimelineAction(
  deps: TimelineDeps & AuditedLookupDeps & Pick<Deps, "timeZones">,
) {
  return onButton(deps, async (args, click) => {
    const ref = refOf(click.state);
    let picture: TimelinePicture;
    try {
      const { record } = await click.lookup(ref);
      const zone = await deps.timeZones.zoneOf(args.body.user.id);
      picture = await deps.timelines.picture(record, (leg) => click.lookup(leg), zone);
    } catch (error) {
      deps.logger.warn({ err: error, contactId: ref.contactId }, "timeline lookup failed");
      return answerBeside(args, renderError(error, { contactId: ref.contactId }));
    }
    const words = (reason: string) =>
      answerBeside(args, renderTimelineText(ref.contactId, picture.timeline, reason));
    if (!hasPng(picture))
      return words("I could not draw the picture, so here is the timeline in words.");
    let answer: Answer;
    try {
      const thread = threadOf(args, click);
      answer = thread
        ? await timelineToThread(deps, args, picture, thread)
        : await timelineToDm(deps, args, click, picture);
    } catch (error) {
      const code = slackErrorCode(error);
      deps.metrics.slackApiErrors.inc({ method: "files.uploadV2", error: code });
      deps.logger.warn(
        { err: error, error: code, contactId: ref.contactId },
        "timeline upload failed",
      );
      const why = code === "unknown" ? "" : ` (${code})`;
      return words(`Slack did not take the picture${why}, so here is the timeline in words.`);
    }
    // Outside the fallback: once the picture is in Slack, a failed answer is not followed by words.
    await answer();
  });
}
