import type { RecordingInfo } from "@aws-sdk/client-connect";
import type { ContactRecord } from "../../src/domain/contact-record.js";
import { listOf } from "../../src/domain/shape.js";
import { type KnownBlock, titledLines } from "../block-kit.js";
import { consoleLink } from "../contact-facts.js";
import { freeTextMask } from "../free-text.js";
import { around, code, date, enumText, join, line, type Mrkdwn, md, trusted } from "../mrkdwn.js";
import type { RenderOptions } from "../render-options.js";

const MAX_RECORDINGS = 10;

const MEDIA = new Map(Object.entries({ AUDIO: "🎧 Audio", VIDEO: "🎥 Video", SCREEN: "🖥️ Screen" }));

function mediaText(type: unknown): Mrkdwn | undefined {
  const known = typeof type === "string" ? MEDIA.get(type) : undefined;
  return known ? trusted(known) : enumText(type);
}

const REASON_MAX = 300;

/** "Deleted — Retention policy": why it was deleted is free text a person typed, so masked too. */
function statusText(recording: RecordingInfo, mask: (text: string) => string): Mrkdwn | undefined {
  const { DeletionReason: reason } = recording;
  // Masked well past what is shown, so no number is cut in two before it is masked.
  const masked = typeof reason === "string" ? mask(reason.slice(0, REASON_MAX * 3)) : undefined;
  return join([enumText(recording.Status), md(masked, REASON_MAX)], " — ");
}

/**
 * Where the recording is kept stays out of Slack: Location and UnprocessedTranscriptLocation are
 * the bucket's object keys, internal, and the bot never links a recording or a presigned URL.
 * People listen on the console's contact page instead.
 */
function recordingLines(
  recording: RecordingInfo,
  mask: (text: string) => string,
): (Mrkdwn | undefined)[] {
  return [
    join([
      mediaText(recording.MediaStreamType) ?? trusted("Recording"),
      enumText(recording.ParticipantType),
      statusText(recording, mask),
    ]),
    line("Stored in", enumText(recording.StorageType)),
    line("From", date(recording.StartTimestamp)),
    line("To", date(recording.StopTimestamp)),
    line(
      "Fragments",
      join([code(recording.FragmentStartNumber), code(recording.FragmentStopNumber)], " – "),
    ),
  ];
}

/** Each recording's type, participant and status, then the console link to listen to them. */
export function recordingsBlocks(record: ContactRecord, options: RenderOptions): KnownBlock[] {
  const recordings = listOf(record.contact.Recordings);
  if (recordings.length === 0) return [];
  const mask = freeTextMask(record, options);
  const rest = recordings.length - MAX_RECORDINGS;
  return titledLines(
    "Recordings",
    [
      ...recordings
        .slice(0, MAX_RECORDINGS)
        .flatMap((recording) => recordingLines(recording, mask)),
      rest > 0 ? trusted(`… and ${rest} more`) : undefined,
      around("🔊 ", consoleLink(record, "Listen in Amazon Connect")),
    ],
    3,
  );
}
