import { describe, expect, it } from "vitest";
import type { KnownBlock } from "../../../blocks/block-kit.js";
import { renderContactMessage } from "../../../blocks/contact-message.js";
import { findingPlain } from "../../../blocks/findings-block.js";
import { trusted } from "../../../blocks/mrkdwn.js";
import type { RenderOptions } from "../../../blocks/render-options.js";
import { renderSection } from "../../../blocks/sections/render-section.js";
import type {
  ContactEvaluations,
  EvaluationView,
} from "../../../src/domain/contact-evaluations.js";
import { findings } from "../../../src/domain/findings/findings.js";
import { at, resolvedRecordOf, VOICE_INBOUND } from "../../fixtures/contacts.js";
import { allText } from "../support/inspect.js";

const record = resolvedRecordOf(VOICE_INBOUND);

const MANUAL: EvaluationView = {
  id: "e1",
  formTitle: "Customer service standard",
  status: "SUBMITTED",
  score: { percentage: 0, automaticFail: true },
  evaluator: "Bob Smith",
  lastModifiedAt: at(2600).toISOString(),
  sections: [
    { title: "Greeting", level: 0, score: { percentage: 100 } },
    { title: "Follow-up", level: 1, score: { percentage: 62.456 } },
    { title: "Compliance", level: 0, score: { percentage: 0, automaticFail: true } },
    { title: "Upsell", level: 0, score: { notApplicable: true } },
  ],
  notes: [
    { on: "Compliance", text: "Callback on +1 555 010 0123 <!channel> *now*" },
    { text: "Customer +15550100123 was upset" },
  ],
};

const AUTOMATED: EvaluationView = {
  id: "e2",
  formTitle: "Sales QA <b>",
  status: "DRAFT",
  score: { percentage: 87.5 },
  evaluator: "Ahmed Khan",
  automated: true,
  autoStatus: "SUCCEEDED",
  createdAt: at(1300).toISOString(),
  sections: [],
  notes: [],
};

const BOTH: ContactEvaluations = { items: [MANUAL, AUTOMATED], total: 2 };

const quality = (options: Partial<RenderOptions> = {}) =>
  allText(renderSection("quality", record, { maskEndpoints: true, ...options }) as KnownBlock[]);

describe("evaluations in the Quality section", () => {
  it("shows each evaluation: form, score, status, automated, evaluator, when, sections", () => {
    const text = quality({ evaluations: BOTH });
    expect(text).toContain(
      "*Evaluations*\n*Customer service standard* · 0% 🚩 automatic fail · Submitted · by Bob Smith · <!date^1714560200^",
    );
    expect(text).toContain(
      "Sections: Greeting 100% · ↳ Follow-up 62.5% · Compliance 0% 🚩 automatic fail · Upsell N/A",
    );
    expect(text).toContain(
      "*Sales QA &lt;b&gt;* · 87.5% · Draft · 🤖 automated · by Ahmed Khan · <!date^1714558900^",
    );
  });

  it("says when an automated evaluation is still running or failed", () => {
    const running = { ...AUTOMATED, autoStatus: "IN_PROGRESS" };
    const failed = { ...AUTOMATED, autoStatus: "FAILED" };
    const text = quality({ evaluations: { items: [running, failed], total: 2 } });
    expect(text).toContain("🤖 automated (still running)");
    expect(text).toContain("🤖 automated (it failed)");
  });

  it("masks and escapes the evaluators' notes like other free text", () => {
    const text = quality({ evaluations: BOTH });
    expect(text).toContain("📝 *Compliance*: Callback on +1••••••0123 &lt;!channel&gt; *now*");
    expect(text).toContain("📝 Customer +1••••••0123 was upset");
    expect(text).not.toMatch(/010 0123|15550100123|<!channel>/);
    const clear = quality({ evaluations: BOTH, maskEndpoints: false });
    expect(clear).toContain("Callback on +1 555 010 0123");
  });

  it("says when there are none, more than shown, or sections could not be read", () => {
    expect(quality({ evaluations: { items: [], total: 0 } })).toContain(
      "No evaluations of this contact.",
    );
    const partial = quality({
      evaluations: { items: [AUTOMATED], total: 12, detailsMissing: "denied" },
    });
    expect(partial).toContain("… and 11 older evaluations");
    const one = quality({ evaluations: { items: [AUTOMATED], total: 2 } });
    expect(one).toContain("… and 1 older evaluation");
    expect(one).not.toContain("1 older evaluations");
    expect(partial).toContain(
      "`connect:DescribeContactEvaluation`, which I am not allowed to call",
    );
    expect(quality({ evaluations: { ...BOTH, detailsMissing: "unavailable" } })).toContain(
      "could not be read this time — open Quality again",
    );
  });

  it("shows the problem in place of the evaluations, the rest of the section intact", () => {
    const text = quality({ evaluationsProblem: trusted("I am not allowed to call `x`.") });
    expect(text).toContain("*Evaluations*\n⚠️ I am not allowed to call `x`.");
    expect(text).toContain("*Customer audio*");
  });

  it("shows nothing of evaluations when they were not loaded (an offline render)", () => {
    expect(quality()).not.toContain("*Evaluations*");
  });
});

describe("the automatic-fail finding", () => {
  const found = (evaluations?: ContactEvaluations) =>
    findings(record, { now: at(1800), evaluations })
      .filter((f) => f.rule === "evaluation_automatic_fail")
      .map(findingPlain);

  it("names the form and the section that failed, from the evaluations given", () => {
    expect(found(BOTH)).toEqual([
      "Evaluation Customer service standard failed automatically (section Compliance)",
    ]);
    expect(found(undefined)).toEqual([]);
    expect(found({ items: [AUTOMATED], total: 1 })).toEqual([]);
  });

  it("counts them past two", () => {
    const many = { items: [MANUAL, MANUAL, MANUAL], total: 3 };
    expect(found(many)).toEqual(["3 evaluations failed automatically — open Quality"]);
  });

  it("stands out in the summary and its notification text", () => {
    const message = renderContactMessage(record, { maskEndpoints: true, evaluations: BOTH });
    expect(allText(message.blocks)).toContain(
      "🚩 Evaluation *Customer service standard* failed automatically (section *Compliance*)",
    );
    expect(message.text).toContain("Evaluation Customer service standard failed automatically");
  });
});
