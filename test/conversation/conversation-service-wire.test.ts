import type { Contact } from "@aws-sdk/client-connect";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { voiceAnalysis } from "../fixtures/contact-lens-files.js";
import { callSegments, chatSegments } from "../fixtures/contact-lens-segments.js";
import { longCallAnalysis } from "../fixtures/contact-lens-variants.js";
import {
  BUCKET,
  conversationService,
  type Emulators,
  INSTANCE,
  recordOf,
  startEmulators,
} from "./conversation-emulators.js";

const id = (n: number) => `c0000000-0000-4000-8000-${String(n).padStart(12, "0")}`;
/** Initiated before midnight UTC, answered after: the file is under the agent's day. */
const call = (n: number, extra: Partial<Contact> = {}): Contact => ({
  Id: id(n),
  Channel: "VOICE",
  InitiationTimestamp: new Date("2024-05-01T23:55:00Z"),
  AgentInfo: { ConnectedToAgentTimestamp: new Date("2024-05-02T00:01:00Z") },
  DisconnectTimestamp: new Date("2024-05-02T00:20:00Z"),
  ...extra,
});
const DAY = "2024/05/02";
const json = (value: unknown) => JSON.stringify(value);

let aws: Emulators;
beforeAll(async () => {
  aws = await startEmulators();
  const { s3 } = aws;
  s3.putObject(
    BUCKET,
    `Analysis/Voice/${DAY}/${id(1)}_analysis_2024-05-02T00:20:05Z.json`,
    json(voiceAnalysis()),
  );
  s3.putObject(
    BUCKET,
    `Analysis/Voice/Redacted/${DAY}/${id(1)}_analysis_redacted_2024-05-02T00:19:00Z.json`,
    "{}",
  );
  s3.putObject(
    BUCKET,
    `Analysis/Voice/Redacted/${DAY}/${id(1)}_analysis_redacted_2024-05-02T00:20:05Z.json`,
    json(voiceAnalysis(true)),
  );
  s3.putObject(
    BUCKET,
    `Analysis/Voice/${DAY}/${id(2)}_analysis_2024-05-02T00:20:05Z.json`,
    json(voiceAnalysis()),
  );
  s3.putObject(
    BUCKET,
    `Analysis/Voice/${DAY}/${id(3)}_analysis_2024-05-02T00:20:05Z.json`,
    json(longCallAnalysis(6000)),
  );
  s3.putObject(
    "replica",
    `lens/Analysis/Voice/${DAY}/${id(4)}_analysis_x.json`,
    json(voiceAnalysis()),
  );
  s3.putObject(
    `${BUCKET}-chats`,
    `Analysis/Chat/${DAY}/${id(6)}_analysis_x.json`,
    json({ ...voiceAnalysis(), Channel: "CHAT" }),
  );
  aws.connect.putAnalysisSegmentsV2(INSTANCE, id(5), {
    channel: "CHAT",
    status: "COMPLETED",
    segments: chatSegments(),
    pageSize: 3,
  });
  aws.lens.putSegments(INSTANCE, id(7), callSegments());
  aws.lens.putSegments(INSTANCE, id(8), callSegments());
  aws.lens.setPageSize(2);
});
afterAll(() => aws.stop());
beforeEach(() => {
  aws.s3.reset();
  aws.connect.reset();
  aws.lens.reset();
  aws.lens.setPageSize(2);
});

describe("ConversationService against the emulators", () => {
  it("reads the newest redacted file of the agent's day, path-style, and caches it", async () => {
    const service = conversationService();
    const conversation = await service.read(recordOf(call(1)));
    expect(conversation).toMatchObject({ redacted: true, channel: "VOICE", turnCount: 10 });
    expect(conversation?.source).toBe(
      `s3://${BUCKET}/Analysis/Voice/Redacted/${DAY}/${id(1)}_analysis_redacted_2024-05-02T00:20:05Z.json`,
    );
    expect(aws.s3.calls.map((c) => [c.operation, c.bucket, c.prefix ?? c.key])).toEqual([
      ["ListObjectsV2", BUCKET, `Analysis/Voice/Redacted/${DAY}/${id(1)}_analysis_redacted_`],
      ["GetObject", BUCKET, conversation?.source.slice(`s3://${BUCKET}/`.length)],
    ]);
    expect(aws.s3.calls.every((c) => c.signed)).toBe(true);
    expect(await service.read(recordOf(call(1)))).toEqual(conversation);
    expect(await service.cached(recordOf(call(1)))).toEqual(conversation);
    expect(aws.s3.count()).toBe(2);
    // The raw file when there is no redacted one; the bucket was read once for the instance.
    expect((await service.read(recordOf(call(2))))?.redacted).toBe(false);
    expect(aws.connect.count("ListInstanceStorageConfigs")).toBe(1);
    service.destroy();
  });

  it("reads the bucket and prefix of CONTACT_LENS_S3_URI instead of the storage config", async () => {
    const service = conversationService({ CONTACT_LENS_S3_URI: "s3://replica/lens" });
    expect((await service.read(recordOf(call(4))))?.turnCount).toBe(10);
    expect(aws.connect.count("ListInstanceStorageConfigs")).toBe(0);
    service.destroy();
  });

  it("reads the first CONTACT_LENS_MAX_BYTES of a long call with a Range request", async () => {
    const service = conversationService({ CONTACT_LENS_MAX_BYTES: String(1024 * 1024) });
    const conversation = await service.read(recordOf(call(3)));
    expect(aws.s3.calls.find((c) => c.operation === "GetObject")?.range).toBe("bytes=0-1048575");
    expect(conversation?.readBytes?.read).toBe(1024 * 1024);
    expect(conversation?.readBytes?.size).toBeGreaterThan(2 * 1024 * 1024);
    expect(conversation?.summary?.text).toContain("20% discount");
    expect(conversation?.turnCount).toBeGreaterThan(1000);
    expect(conversation?.turnCount).toBeLessThan(6000);
    service.destroy();
  });

  it("a chat: its V2 segments page by page, redacted asked first", async () => {
    const service = conversationService();
    const chat = await service.read(recordOf({ ...call(5), Channel: "CHAT" }));
    expect(chat).toMatchObject({ channel: "CHAT", redacted: false, turnCount: 5 });
    expect(chat?.summary?.text).toContain("charged twice");
    const calls = aws.connect.calls.filter((c) => c.operation.startsWith("ListRealtime"));
    expect(calls.length).toBe(4);
    expect(aws.s3.count()).toBe(0);
    service.destroy();
  });

  it("a chat without segments: its file in the chat transcripts' bucket", async () => {
    const service = conversationService();
    const chat = await service.read(recordOf({ ...call(6), Channel: "CHAT" }));
    expect(chat?.channel).toBe("CHAT");
    expect(aws.s3.calls[0]?.bucket).toBe(`${BUCKET}-chats`);
    service.destroy();
  });

  it("a call in progress: Contact Lens real-time segments, paged, marked live", async () => {
    const service = conversationService();
    const live = await service.read(recordOf(call(7, { DisconnectTimestamp: undefined })));
    expect(live).toMatchObject({ live: true, source: "ListRealtimeContactAnalysisSegments" });
    expect(live?.categories).toEqual([{ name: "Cancellation", at: [2000] }]);
    expect(aws.lens.count()).toBe(2);
    expect(aws.s3.count()).toBe(0);
    service.destroy();
  });

  it("a call just ended whose file is not there yet: its real-time segments; a day later, nothing", async () => {
    const service = conversationService();
    const justEnded = call(8, { DisconnectTimestamp: new Date(Date.now() - 60_000) });
    expect((await service.read(recordOf(justEnded)))?.live).toBe(false);
    const old = call(9, { DisconnectTimestamp: new Date(Date.now() - 25 * 3600_000) });
    aws.lens.reset();
    expect(await service.read(recordOf(old))).toBeUndefined();
    expect(aws.lens.count()).toBe(0);
    service.destroy();
  });

  it("no analysis: undefined, remembered; tasks are never asked about", async () => {
    const service = conversationService();
    const none = call(10);
    expect(await service.read(recordOf(none))).toBeUndefined();
    const asked = aws.s3.count();
    expect(asked).toBe(2);
    expect(await service.read(recordOf(none))).toBeUndefined();
    expect(aws.s3.count()).toBe(asked);
    expect(await service.read(recordOf({ ...call(11), Channel: "TASK" }))).toBeUndefined();
    expect(aws.s3.count() + aws.lens.count()).toBe(asked);
    service.destroy();
  });
});
