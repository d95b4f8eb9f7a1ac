import {
  InvalidRequestException,
  ListInstanceStorageConfigsCommand,
  ListRealtimeContactAnalysisSegmentsV2Command,
  type RealtimeContactAnalysisSegment,
  ResourceNotFoundException,
} from "@aws-sdk/client-connect";
import { describe, expect, it } from "vitest";
import { CONTACT_ID, emulatedConnect, INSTANCE } from "./connect-fixtures.js";

const message = (n: number, role: "CUSTOMER" | "AGENT"): RealtimeContactAnalysisSegment => ({
  Transcript: {
    Id: `m${n}`,
    ParticipantId: role.toLowerCase(),
    ParticipantRole: role,
    Content: `message ${n}`,
    Time: { AbsoluteTime: new Date(Date.UTC(2024, 4, 1, 10, 0, n)) },
    Sentiment: "NEUTRAL",
  },
});

describe("connect emulator: storage configs and real-time analysis V2, with the real ConnectClient", () => {
  const env = emulatedConnect((emulator) => {
    emulator.putStorageConfig(INSTANCE, "CALL_RECORDINGS", {
      AssociationId: "a1",
      StorageType: "S3",
      S3Config: {
        BucketName: "amazon-connect-acme",
        BucketPrefix: "connect/acme/CallRecordings",
        EncryptionConfig: { EncryptionType: "KMS", KeyId: "arn:aws:kms:us-east-1:1:key/k" },
      },
    });
    emulator.putAnalysisSegmentsV2(INSTANCE, CONTACT_ID, {
      channel: "CHAT",
      status: "COMPLETED",
      segments: [
        message(1, "CUSTOMER"),
        message(2, "AGENT"),
        { Issues: { IssuesDetected: [{ TranscriptItems: [{ Id: "m1", Content: "refund" }] }] } },
        message(3, "CUSTOMER"),
        { PostContactSummary: { Status: "COMPLETED", Content: "Customer asked for a refund." } },
      ],
    });
  });

  it("lists the storage configs of a resource type", async () => {
    const recordings = await env.connect.send(
      new ListInstanceStorageConfigsCommand({
        InstanceId: INSTANCE,
        ResourceType: "CALL_RECORDINGS",
      }),
    );
    expect(recordings.StorageConfigs?.[0]?.S3Config).toMatchObject({
      BucketName: "amazon-connect-acme",
      EncryptionConfig: { EncryptionType: "KMS" },
    });
    const chats = await env.connect.send(
      new ListInstanceStorageConfigsCommand({
        InstanceId: INSTANCE,
        ResourceType: "CHAT_TRANSCRIPTS",
      }),
    );
    expect(chats.StorageConfigs).toEqual([]);
    expect(env.emulator.calls.at(-1)?.operation).toBe("ListInstanceStorageConfigs");
  });

  it("pages the segments of the asked types, AbsoluteTime as a date", async () => {
    const seen: RealtimeContactAnalysisSegment[] = [];
    let token: string | undefined;
    let channel: string | undefined;
    do {
      const page = await env.connect.send(
        new ListRealtimeContactAnalysisSegmentsV2Command({
          InstanceId: INSTANCE,
          ContactId: CONTACT_ID,
          OutputType: "Raw",
          SegmentTypes: ["Transcript", "PostContactSummary"],
          MaxResults: 2,
          ...(token && { NextToken: token }),
        }),
      );
      channel = page.Channel;
      seen.push(...(page.Segments ?? []));
      token = page.NextToken;
    } while (token);
    expect(channel).toBe("CHAT");
    expect(seen.map((s) => s.Transcript?.Content ?? s.PostContactSummary?.Content)).toEqual([
      "message 1",
      "message 2",
      "message 3",
      "Customer asked for a refund.",
    ]);
    expect(seen[0]?.Transcript?.Time?.AbsoluteTime).toEqual(new Date("2024-05-01T10:00:01Z"));
  });

  it("answers no segments for Redacted when the instance does not redact; 404 and 400 as Connect does", async () => {
    const redacted = await env.connect.send(
      new ListRealtimeContactAnalysisSegmentsV2Command({
        InstanceId: INSTANCE,
        ContactId: CONTACT_ID,
        OutputType: "Redacted",
        SegmentTypes: ["Transcript"],
      }),
    );
    expect(redacted.Segments).toEqual([]);
    await expect(
      env.connect.send(
        new ListRealtimeContactAnalysisSegmentsV2Command({
          InstanceId: INSTANCE,
          ContactId: "00000000-0000-4000-8000-000000000000",
          OutputType: "Raw",
          SegmentTypes: ["Transcript"],
        }),
      ),
    ).rejects.toBeInstanceOf(ResourceNotFoundException);
    await expect(
      env.connect.send(
        new ListRealtimeContactAnalysisSegmentsV2Command({
          InstanceId: INSTANCE,
          ContactId: CONTACT_ID,
          OutputType: "Raw",
          SegmentTypes: [],
        }),
      ),
    ).rejects.toBeInstanceOf(InvalidRequestException);
  });
});
