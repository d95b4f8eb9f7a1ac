import type { Contact } from "@aws-sdk/client-connect";
import { INSTANCE_ID } from "../fixtures/contacts.js";
import type { ConnectEmulator } from "../support/connect-emulator.js";
import type { S3Emulator } from "../support/s3-emulator.js";

/** The instance's bucket for call recordings and chat transcripts, where Contact Lens writes. */
export const LENS_BUCKET = "amazon-connect-example";

/** The instance's storage configurations, as an instance with Contact Lens has them. */
export function seedContactLens(connect: ConnectEmulator): void {
  for (const [type, folder] of [
    ["CALL_RECORDINGS", "CallRecordings"],
    ["CHAT_TRANSCRIPTS", "ChatTranscripts"],
  ] as const) {
    connect.putStorageConfig(INSTANCE_ID, type, {
      StorageType: "S3",
      S3Config: { BucketName: LENS_BUCKET, BucketPrefix: `connect/example/${folder}` },
    });
  }
}

/**
 * A call's post-call analysis file where Contact Lens writes it: under the day the agent answered
 * (UTC), the redacted one in a folder of its own.
 */
export function putVoiceAnalysis(
  s3: S3Emulator,
  contact: Contact,
  file: unknown,
  redacted = false,
): void {
  const answered = contact.AgentInfo?.ConnectedToAgentTimestamp;
  if (!answered || !contact.Id) throw new Error("a call's file is dated by the agent's answer");
  const day = answered.toISOString().slice(0, 10).replaceAll("-", "/");
  const stamp = answered.toISOString().slice(0, 19);
  const key = redacted
    ? `Analysis/Voice/Redacted/${day}/${contact.Id}_analysis_redacted_${stamp}Z.json`
    : `Analysis/Voice/${day}/${contact.Id}_analysis_${stamp}Z.json`;
  s3.putObject(LENS_BUCKET, key, JSON.stringify(file));
}
