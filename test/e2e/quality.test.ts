import { beforeAll, describe, expect, it } from "vitest";
import { CONTACT_IDS, INSTANCE_ID } from "../fixtures/contacts.js";
import { EVALUATED_CONTACT_ID, EVALUATIONS } from "../fixtures/evaluations.js";
import { openSectionOf } from "./flow-support.js";
import { buttonsOf, type Harness, nthAnswer, textOf, useHarness } from "./harness.js";
import { openSectionText } from "./surface-support.js";

const seed = (h: Harness) => () => {
  for (const evaluation of EVALUATIONS) h.connect.putEvaluation(INSTANCE_ID, evaluation);
};

describe("Quality section: the contact's evaluations", () => {
  const h = useHarness({ redis: false });
  beforeAll(seed(h));

  it("shows both evaluations with their scores per section, evaluators by name, notes masked", async () => {
    const answer = await openSectionOf(h, EVALUATED_CONTACT_ID, "quality");
    const section = openSectionText(answer);
    expect(section).toContain(
      "*Customer service standard* · 0% 🚩 automatic fail · Submitted · by Bob Smith",
    );
    expect(section).toContain(
      "Sections: Greeting 100% · Resolution 50% · ↳ Follow-up 0% · Compliance 0% 🚩 automatic fail",
    );
    expect(section).toContain(
      "*Sales QA (automated)* · 87.5% · Draft · 🤖 automated · by Ahmed Khan",
    );
    expect(section).toContain("Sections: Opening 100% · Discovery 75%");
    expect(section).toContain("📝 *Compliance*: Read the balance out before verifying");
    expect(section).toContain("callback on +1••••••0123 &lt;!channel&gt;");
    expect(section).not.toMatch(/010 0123|<!channel>/);
    expect(section).not.toContain("contact-evaluation/");
    // Both pages of the list, then each evaluation described once.
    expect(h.connect.count("ListContactEvaluations")).toBe(2);
    expect(h.connect.count("DescribeContactEvaluation")).toBe(2);
    // What stands out says so at once, above the open section.
    expect(textOf(answer)).toContain(
      "🚩 Evaluation *Customer service standard* failed automatically (section *Compliance*)",
    );
  });

  it("keeps the finding from the cache afterwards, without asking Connect again", async () => {
    await openSectionOf(h, EVALUATED_CONTACT_ID, "quality");
    h.connect.reset();
    const { responseUrl } = await h.command(EVALUATED_CONTACT_ID);
    const summary = await nthAnswer(h, responseUrl);
    expect(textOf(summary)).toContain("failed automatically (section *Compliance*)");
    expect(String(summary.text)).toContain(
      "Evaluation Customer service standard failed automatically",
    );
    const reopened = await openSectionOf(h, EVALUATED_CONTACT_ID, "quality");
    expect(openSectionText(reopened)).toContain("Sales QA (automated)");
    expect(h.connect.count("ListContactEvaluations")).toBe(0);
    expect(h.connect.count("DescribeContactEvaluation")).toBe(0);
  });

  it("says when a contact has no evaluations", async () => {
    const section = openSectionText(await openSectionOf(h, CONTACT_IDS.chat, "quality"));
    expect(section).toContain("No evaluations of this contact.");
  });
});

describe("Quality section when Connect refuses the evaluations", () => {
  const h = useHarness({ redis: false });
  beforeAll(seed(h));

  it("names connect:ListContactEvaluations, and the rest of the summary works", async () => {
    h.connect.denyAll("ListContactEvaluations");
    const answer = await openSectionOf(h, EVALUATED_CONTACT_ID, "quality");
    const section = openSectionText(answer);
    expect(section).toContain(
      "⚠️ I am not allowed to call `connect:ListContactEvaluations`. Ask an admin to grant it",
    );
    expect(section).toContain("*Customer audio*");
    const buttons = buttonsOf(answer);
    for (const other of ["agent", "queue", "routing", "details", "flow"]) {
      expect(buttons.has(`contact_section_${other}`)).toBe(true);
    }
    expect(textOf(answer)).toContain("Jane Doe");
    expect(h.connect.count("DescribeContactEvaluation")).toBe(0);
  });

  it("without connect:DescribeContactEvaluation, shows the list and names the action", async () => {
    h.connect.denyAll("DescribeContactEvaluation");
    const section = openSectionText(await openSectionOf(h, EVALUATED_CONTACT_ID, "quality"));
    expect(section).toContain("*Customer service standard* · 0% 🚩 automatic fail");
    expect(section).toContain("*Sales QA (automated)* · 87.5%");
    expect(section).not.toContain("Sections:");
    expect(section).toContain(
      "Sections and notes need `connect:DescribeContactEvaluation`, which I am not allowed to call",
    );
  });
});
