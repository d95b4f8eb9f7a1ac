import type { Contact } from "@aws-sdk/client-connect";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import {
  AccessDeniedError,
  ThrottledError,
  UpstreamError,
  UpstreamTimeoutError,
} from "../../src/domain/errors.js";
import { voiceAnalysis } from "../fixtures/contact-lens-files.js";
import { callSegments } from "../fixtures/contact-lens-segments.js";
import {
  BUCKET,
  conversationService,
  type Emulators,
  INSTANCE,
  recordOf,
  startEmulators,
} from "./conversation-emulators.js";

const ID = "c0000000-0000-4000-8000-0000000000f1";
const LIVE = "c0000000-0000-4000-8000-0000000000f2";
const CHAT = "c0000000-0000-4000-8000-0000000000f3";
const KEY = `Analysis/Voice/2024/05/01/${ID}_analysis_2024-05-01T10:20:00Z.json`;
const ended: Contact = {
  Id: ID,
  Channel: "VOICE",
  AgentInfo: { ConnectedToAgentTimestamp: new Date("2024-05-01T10:01:00Z") },
  DisconnectTimestamp: new Date("2024-05-01T10:20:00Z"),
};
const live: Contact = { Id: LIVE, Channel: "VOICE" };
const chat: Contact = { Id: CHAT, Channel: "CHAT" };

let aws: Emulators;
beforeAll(async () => {
  aws = await startEmulators();
  aws.s3.putObject(BUCKET, KEY, JSON.stringify(voiceAnalysis()));
  aws.lens.putSegments(INSTANCE, LIVE, callSegments());
});
afterAll(() => aws.stop());
beforeEach(() => {
  aws.s3.reset();
  aws.connect.reset();
  aws.lens.reset();
});

/** The error `read` rejects with, for a look at its fields. */
async function failure(contact: Contact, deadlineMs?: number): Promise<unknown> {
  const service = conversationService({}, deadlineMs);
  try {
    await service.read(recordOf(contact));
    return undefined;
  } catch (err) {
    return err;
  } finally {
    service.destroy();
  }
}

describe("ConversationService: refusals, throttling and hangs answered like the other services", () => {
  it("names the refused action, and what it was refused on", async () => {
    aws.s3.deny("ListObjectsV2", "Analysis/");
    expect(await failure(ended)).toMatchObject({
      action: "s3:ListBucket",
      resource: `s3://${BUCKET}/Analysis/Voice/Redacted/2024/05/01/${ID}_analysis_redacted_`,
    });
    aws.s3.reset();
    aws.s3.deny("GetObject", "Analysis/");
    const denied = await failure(ended);
    expect(denied).toBeInstanceOf(AccessDeniedError);
    expect(denied).toMatchObject({ action: "s3:GetObject" });
    aws.connect.denyAll("ListInstanceStorageConfigs");
    expect(await failure(ended)).toMatchObject({ action: "connect:ListInstanceStorageConfigs" });
    aws.connect.denyAll("ListRealtimeContactAnalysisSegmentsV2");
    expect(await failure(chat)).toMatchObject({
      action: "connect:ListRealtimeContactAnalysisSegmentsV2",
    });
    aws.lens.denyAll();
    expect(await failure(live)).toMatchObject({
      action: "connect:ListRealtimeContactAnalysisSegments",
    });
  });

  it("a KMS-encrypted bucket without kms:Decrypt asks for kms:Decrypt", async () => {
    aws.s3.failNext("GetObject", {
      status: 403,
      code: "AccessDenied",
      message:
        "User is not authorized to perform: kms:Decrypt on the resource associated with this ciphertext",
    });
    expect(await failure(ended)).toMatchObject({ action: "kms:Decrypt" });
  });

  it("throttled or hung: ThrottledError naming S3, UpstreamTimeoutError; neither is cached", async () => {
    const service = conversationService();
    aws.s3.failNext("ListObjectsV2", { status: 503, code: "SlowDown" }, 3);
    const throttled = await service.read(recordOf(ended)).catch((err: unknown) => err);
    expect(throttled).toBeInstanceOf(ThrottledError);
    expect(throttled).toMatchObject({ service: "Amazon S3" });
    expect((await service.read(recordOf(ended)))?.turnCount).toBe(10);
    service.destroy();
    const impatient = conversationService({}, 600);
    aws.lens.hangNext();
    const hung = await impatient.read(recordOf(live)).catch((err: unknown) => err);
    expect(hung).toBeInstanceOf(UpstreamTimeoutError);
    expect((await impatient.read(recordOf(live)))?.live).toBe(true);
    impatient.destroy();
  });

  it("a file that is not an analysis file is an error, not 'not analysed'", async () => {
    aws.s3.putObject(
      BUCKET,
      `Analysis/Voice/Redacted/2024/05/01/${ID}_analysis_redacted_y.json`,
      "<html>",
    );
    expect(await failure(ended)).toBeInstanceOf(UpstreamError);
  });
});
