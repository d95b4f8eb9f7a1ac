import {
  AccessDeniedException,
  ConnectContactLensClient,
  ListRealtimeContactAnalysisSegmentsCommand,
  type RealtimeContactAnalysisSegment,
  ResourceNotFoundException,
  ThrottlingException,
} from "@aws-sdk/client-connect-contact-lens";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import {
  type ContactLensEmulator,
  startContactLensEmulator,
} from "../support/contact-lens-emulator.js";
import { emulatorClientConfig } from "../support/emulator-client-config.js";
import { CONTACT_ID, INSTANCE } from "./connect-fixtures.js";

const turn = (n: number): RealtimeContactAnalysisSegment => ({
  Transcript: {
    Id: `t${n}`,
    ParticipantId: n % 2 ? "AGENT" : "CUSTOMER",
    ParticipantRole: n % 2 ? "AGENT" : "CUSTOMER",
    Content: `turn ${n}`,
    BeginOffsetMillis: n * 1000,
    EndOffsetMillis: n * 1000 + 900,
    Sentiment: "NEUTRAL",
  },
});

describe("Contact Lens emulator with the real ConnectContactLensClient", () => {
  let emulator: ContactLensEmulator;
  let lens: ConnectContactLensClient;

  beforeAll(async () => {
    emulator = await startContactLensEmulator();
    emulator.putSegments(INSTANCE, CONTACT_ID, [
      turn(1),
      turn(2),
      {
        Categories: {
          MatchedCategories: ["Cancellation"],
          MatchedDetails: {
            Cancellation: {
              PointsOfInterest: [{ BeginOffsetMillis: 2000, EndOffsetMillis: 2900 }],
            },
          },
        },
      },
      turn(3),
      {
        PostContactSummary: { Status: "FAILED", FailureCode: "INSUFFICIENT_CONVERSATION_CONTENT" },
      },
    ]);
    lens = new ConnectContactLensClient(emulatorClientConfig(emulator.url));
  });
  beforeEach(() => emulator.reset());
  afterAll(async () => {
    lens.destroy();
    await emulator.stop();
  });

  const list = (NextToken?: string) =>
    lens.send(
      new ListRealtimeContactAnalysisSegmentsCommand({
        InstanceId: INSTANCE,
        ContactId: CONTACT_ID,
        MaxResults: 2,
        ...(NextToken && { NextToken }),
      }),
    );

  it("pages through the segments in order, each shaped as the SDK reads it", async () => {
    const seen: RealtimeContactAnalysisSegment[] = [];
    let token: string | undefined;
    do {
      const page = await list(token);
      seen.push(...(page.Segments ?? []));
      token = page.NextToken;
    } while (token);
    expect(emulator.count()).toBe(3);
    expect(seen.map((s) => s.Transcript?.Content ?? Object.keys(s)[0])).toEqual([
      "turn 1",
      "turn 2",
      "Categories",
      "turn 3",
      "PostContactSummary",
    ]);
    expect(seen[2]?.Categories?.MatchedDetails?.Cancellation?.PointsOfInterest).toEqual([
      { BeginOffsetMillis: 2000, EndOffsetMillis: 2900 },
    ]);
    expect(seen[4]?.PostContactSummary?.FailureCode).toBe("INSUFFICIENT_CONVERSATION_CONTENT");
    expect(emulator.calls[0]).toMatchObject({ instanceId: INSTANCE, maxResults: 2, signed: true });
  });

  it("caps pages at its own size", async () => {
    emulator.setPageSize(1);
    const page = await list();
    expect(page.Segments).toHaveLength(1);
    expect(page.NextToken).toBeDefined();
  });

  it("answers an unknown contact, throttling and denial with their exceptions", async () => {
    await expect(
      lens.send(
        new ListRealtimeContactAnalysisSegmentsCommand({ InstanceId: INSTANCE, ContactId: "x" }),
      ),
    ).rejects.toBeInstanceOf(ResourceNotFoundException);
    emulator.failNext({ status: 429, type: "ThrottlingException" });
    await expect(list()).rejects.toBeInstanceOf(ThrottlingException);
    emulator.denyAll();
    await expect(list()).rejects.toBeInstanceOf(AccessDeniedException);
  });

  it("hangs a request until the SDK gives up", async () => {
    const impatient = new ConnectContactLensClient({
      ...emulatorClientConfig(emulator.url),
      requestHandler: { requestTimeout: 300, throwOnRequestTimeout: true },
    });
    emulator.hangNext();
    const hung = impatient.send(
      new ListRealtimeContactAnalysisSegmentsCommand({
        InstanceId: INSTANCE,
        ContactId: CONTACT_ID,
      }),
    );
    await expect(hung).rejects.toMatchObject({ name: "TimeoutError" });
    impatient.destroy();
  });
});
