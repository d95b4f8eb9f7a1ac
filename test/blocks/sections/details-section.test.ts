import type { RecordingInfo } from "@aws-sdk/client-connect";
import { describe, expect, it } from "vitest";
import type { KnownBlock } from "../../../blocks/block-kit.js";
import type { RenderOptions } from "../../../blocks/render-options.js";
import { renderSection } from "../../../blocks/sections/render-section.js";
import type { ContactRecord } from "../../../src/domain/contact-record.js";
import {
  CHAT,
  CONSOLE_BASE_URL,
  CONTACT_IDS,
  EMAIL,
  FULL_CONTACT,
  recordOf,
  resolvedRecordOf,
  TASK,
  VOICE_INBOUND,
} from "../../fixtures/contacts.js";
import { allText } from "../support/inspect.js";

const MASKED: RenderOptions = { maskEndpoints: true };

const text = (record: ContactRecord, options: RenderOptions = MASKED): string =>
  allText(renderSection("details", record, options) as KnownBlock[]);

describe("details section", () => {
  it("masks the addresses of the customer and the email recipients, names as written", () => {
    const masked = text(resolvedRecordOf(EMAIL));
    expect(masked).toContain("*Customer*: j•••@example.com");
    expect(masked).toContain("*Customer endpoint type*: Email address · `EMAIL_ADDRESS`");
    expect(masked).toContain("*Customer name*: Jane Customer");
    expect(masked).toContain("*Email recipients*\n*To*: Orders &lt;o•••@example.com&gt;");
    expect(masked).toContain("*Cc*: John Partner &lt;j•••@example.net&gt;");
    expect(masked).not.toMatch(/john\.partner|jane\.customer|orders@/);
    const clear = text(resolvedRecordOf(EMAIL), { maskEndpoints: false });
    expect(clear).toContain("*Cc*: John Partner &lt;john.partner@example.net&gt;");
  });

  it("escapes a recipient's display name and lists every recipient", () => {
    const details = text(recordOf(FULL_CONTACT));
    expect(details).toContain(
      "*To*: Refund desk &lt;r•••@example.com&gt;, Billing &lt;!here&gt; &amp; *Co* &lt;b•••@example.org&gt;",
    );
    expect(details).not.toContain("<!here>");
  });

  it("shows no email recipients block for a call", () => {
    expect(text(resolvedRecordOf(VOICE_INBOUND))).not.toContain("Email recipients");
  });

  it("flattens nested segment attributes as key.sub = value", () => {
    const details = text(recordOf(FULL_CONTACT), { maskEndpoints: false });
    expect(details).toContain("`connect:Subtype.priority` = urgent");
    expect(details).toContain("`connect:Subtype[0]` = 4242");
  });

  it("shows task fields, chat metrics and tags", () => {
    expect(text(resolvedRecordOf(TASK))).toContain("*Pauses*: 1 · 1m 40s");
    expect(text(resolvedRecordOf(CHAT))).toContain("*Messages*: 24");
    expect(text(resolvedRecordOf(VOICE_INBOUND))).toContain("`Team` = Billing");
  });

  it("counts Contact.Attributes but never shows their values, which are not deny-listed", () => {
    const details = text(recordOf(FULL_CONTACT), { maskEndpoints: false });
    expect(details).toContain("2 — open *Attributes* to see them");
    expect(details).not.toContain("Gold");
  });
});

describe("recordings in details", () => {
  const withRecordings = (recordings: RecordingInfo[]) =>
    resolvedRecordOf({ ...VOICE_INBOUND, Recordings: recordings });

  it("shows each recording's type, participant and status, and links the console to listen", () => {
    const details = text(
      withRecordings([
        {
          MediaStreamType: "AUDIO",
          ParticipantType: "ALL",
          Status: "AVAILABLE",
          StorageType: "S3",
        },
        { MediaStreamType: "VIDEO", ParticipantType: "AGENT", Status: "AVAILABLE" },
      ]),
    );
    expect(details).toContain("*Recordings*\n🎧 Audio · All · Available\n*Stored in*: S3");
    expect(details).toContain("🎥 Video · Agent · Available");
    expect(details).toContain(
      `🔊 <${CONSOLE_BASE_URL}/contact-trace-records/details/${CONTACT_IDS.voiceInbound}|Listen in Amazon Connect>`,
    );
  });

  it("says why a recording was deleted, masking contact details in the reason", () => {
    const details = text(
      withRecordings([
        {
          MediaStreamType: "AUDIO",
          ParticipantType: "CUSTOMER",
          Status: "DELETED",
          DeletionReason: "Asked by caller +1 555 010 0987 <!here>",
        },
      ]),
    );
    expect(details).toContain(
      "🎧 Audio · Customer · Deleted — Asked by caller +1••••••0987 &lt;!here&gt;",
    );
    expect(details).not.toContain("010 0987");
  });

  it("never shows where a recording is stored, nor any link to it", () => {
    const details = text(resolvedRecordOf(FULL_CONTACT));
    const recording = FULL_CONTACT.Recordings[0]!;
    expect(details).toContain("Deleted — Retention policy");
    expect(details).not.toContain(recording.Location);
    expect(details).not.toContain(recording.UnprocessedTranscriptLocation);
    expect(details).not.toContain("amzn-s3-demo-bucket");
  });

  it("shows no recordings block, nor a listen link, without recordings", () => {
    expect(text(withRecordings([]))).not.toMatch(/Recordings|Listen in/);
  });
});
