import type { RecordingInfo } from "@aws-sdk/client-connect";
import { type KnownBlock, titledLines } from "../block-kit.js";
import { code, date, enumText, join, line, type Mrkdwn, md } from "../mrkdwn.js";
import { listOf } from "../shape.js";

const MAX_RECORDINGS = 10;

function recordingLines(recording: RecordingInfo): (Mrkdwn | undefined)[] {
  return [
    join([
      enumText(recording.MediaStreamType),
      enumText(recording.ParticipantType),
      enumText(recording.StorageType),
      enumText(recording.Status),
    ]) ?? md("Recording"),
    line("Location", code(recording.Location)),
    line("From", date(recording.StartTimestamp)),
    line("To", date(recording.StopTimestamp)),
    line(
      "Fragments",
      join([code(recording.FragmentStartNumber), code(recording.FragmentStopNumber)], " – "),
    ),
    line("Deleted because", md(recording.DeletionReason)),
    line("Unprocessed transcript", code(recording.UnprocessedTranscriptLocation)),
  ];
}

export function recordingsBlocks(recordings: RecordingInfo[] | undefined): KnownBlock[] {
  return titledLines(
    "Recordings",
    listOf(recordings).slice(0, MAX_RECORDINGS).flatMap(recordingLines),
    3,
  );
}
