import { describe, expect, it } from "vitest";
import { renderContactMessage } from "../../blocks/contact-message.js";
import { findingPlain } from "../../blocks/findings-block.js";
import { parseAnalysisFile } from "../../src/conversation/parse-analysis-file.js";
import type { Conversation } from "../../src/domain/conversation.js";
import { DEFAULT_FINDING_THRESHOLDS } from "../../src/domain/findings/finding.js";
import { findings } from "../../src/domain/findings/findings.js";
import { voiceAnalysis } from "../fixtures/contact-lens-files.js";
import { skippedAnalysisFile } from "../fixtures/contact-lens-variants.js";
import { at, resolvedRecordOf, VOICE_INBOUND } from "../fixtures/contacts.js";
import { allText } from "./support/inspect.js";

const record = resolvedRecordOf(VOICE_INBOUND);
const parse = (file: unknown) => parseAnalysisFile(file, { source: "s3://a/b" })!;
const CALM = parse(voiceAnalysis());
/** Customer −3.5 in the last quarter, 50% silence (longest 30 s). */
const TENSE = parse(skippedAnalysisFile());

const lines = (conversation: Conversation | undefined, thresholds = {}) =>
  findings(record, {
    now: at(3600),
    conversation,
    thresholds: { ...DEFAULT_FINDING_THRESHOLDS, ...thresholds },
  })
    .filter((f) => ["negative_sentiment", "category", "silence"].includes(f.rule))
    .map(findingPlain);

describe("conversation findings", () => {
  it("finds nothing without an analysis, or on a calm call", () => {
    expect(lines(undefined)).toEqual([]);
    expect(lines(CALM)).toEqual([]);
  });

  it("the customer's last quarter at or below FINDING_SENTIMENT", () => {
    expect(lines(TENSE)).toContain("Customer sentiment −3.5 in the last quarter of the call");
    expect(lines(TENSE, { sentimentScore: -4 })).not.toContain(
      "Customer sentiment −3.5 in the last quarter of the call",
    );
    expect(lines(CALM, { sentimentScore: 5 })).toEqual([
      "Customer sentiment +5 in the last quarter of the call",
    ]);
  });

  it("a category named in FINDING_CATEGORIES, any case, with when", () => {
    expect(lines(CALM, { categories: ["cancellation", "Escalation"] })).toEqual([
      "Contact Lens category Cancellation at 00:07",
    ]);
    const many: Conversation = {
      ...CALM,
      categories: ["A", "B", "C"].map((name, i) => ({ name, at: [i * 1000] })),
    };
    expect(lines(many, { categories: ["a", "b", "c"] })).toEqual([
      "Contact Lens category A at 00:00",
      "Contact Lens categories B, C",
    ]);
  });

  it("silence over FINDING_SILENCE_PERCENT of the call", () => {
    expect(lines(TENSE)).toContain("Silence for 50% of the call (longest 30s)");
    expect(lines(TENSE, { silencePercent: 50 })).not.toContain(
      "Silence for 50% of the call (longest 30s)",
    );
  });

  it("shows under What stands out when the summary is rendered with a cached analysis", () => {
    const { blocks } = renderContactMessage(record, {
      maskEndpoints: true,
      conversation: TENSE,
      now: at(3600),
    });
    expect(allText(blocks)).toContain("😠 Customer sentiment *−3.5* in the last quarter");
  });
});
