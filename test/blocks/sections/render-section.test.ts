import { describe, expect, it } from "vitest";
import type { SectionId } from "../../../blocks/action-ids.js";
import type { KnownBlock } from "../../../blocks/block-kit.js";
import type { RenderOptions } from "../../../blocks/render-options.js";
import { renderSection } from "../../../blocks/sections/render-section.js";
import type { ChainLeg, ContactRecord } from "../../../src/domain/contact-record.js";
import {
  ABANDONED_IN_QUEUE,
  CHAIN,
  CONTACT_IDS,
  chainOf,
  FULL_CONTACT,
  MINIMAL,
  recordOf,
  resolvedRecordOf,
  VOICE_INBOUND,
} from "../../fixtures/contacts.js";
import { allText } from "../support/inspect.js";

const MASKED: RenderOptions = { maskEndpoints: true };

const text = (section: SectionId, record: ContactRecord, options: RenderOptions = MASKED): string =>
  allText(renderSection(section, record, options) as KnownBlock[]);

describe("agent section", () => {
  it("shows the resolved names, hierarchy and agent timings", () => {
    const agent = text("agent", resolvedRecordOf(VOICE_INBOUND));
    expect(agent).toContain("*Agent*");
    expect(agent).toContain("*Name*\nJane Doe");
    expect(agent).toContain("*Username*\njdoe");
    expect(agent).toContain("*Routing profile*\nBasic Routing Profile");
    expect(agent).toContain("*Hierarchy*\nEMEA › London › Team A");
    expect(agent).toContain("*Put on hold by agent*\n45s");
    expect(agent).toContain("*After contact work*\n1m 30s");
    expect(agent).toContain("*Device*\nChrome 124.0 · Windows 11");
    expect(agent).toMatch(/Connected <!date\^1714557882\^.*→ <!date\^1714558800\^/);
  });

  it("falls back to hierarchy group ARNs when names are unknown", () => {
    expect(text("agent", recordOf(VOICE_INBOUND))).toMatch(
      /L1 `arn:aws:connect:.*agent-group\/cd7c2c96/,
    );
  });

  it("says when no agent handled the contact", () => {
    expect(text("agent", resolvedRecordOf(ABANDONED_IN_QUEUE))).toContain(
      "No agent handled this contact.",
    );
  });
});

describe("queue section", () => {
  it("shows name, id, wait and priority", () => {
    const queue = text("queue", resolvedRecordOf(VOICE_INBOUND));
    expect(queue).toContain("*Queue*\nBilling");
    expect(queue).toContain(`*Queue id*\n\`${VOICE_INBOUND.QueueInfo?.Id}\``);
    expect(queue).toContain("*Time in queue*\n4m 12s, then answered");
  });

  it("says when the customer gave up waiting", () => {
    const queue = text("queue", resolvedRecordOf(ABANDONED_IN_QUEUE));
    expect(queue).toContain("1m 30s, then abandoned");
    expect(queue).toContain("*Priority*\n5");
  });

  it("says when the contact was never queued", () => {
    expect(text("queue", recordOf(MINIMAL))).toContain("This contact was not queued.");
  });
});

describe("routing section", () => {
  it("shows every step with status, expiry and its expression", () => {
    const routing = text("routing", resolvedRecordOf(VOICE_INBOUND));
    expect(routing).toMatch(/\*Step 1\* · Expired · expires after 1m 00s at <!date\^1714557690\^/);
    expect(routing).toContain(
      '↳ (Technology = "AWS Kinesis" ≥ 3 AND (Language = "English" 2–4 OR NOT Region = "EU"))',
    );
    expect(routing).toContain('*Step 2* · Joined\n↳ Language = "English" ≥ 1');
    expect(routing).toContain("*Index*: 0");
  });

  it("escapes expression values", () => {
    const hostile = recordOf({
      ...MINIMAL,
      RoutingCriteria: {
        Steps: [{ Expression: { AttributeCondition: { Name: "<!channel>", Value: "<@U1>" } } }],
      },
    });
    const routing = text("routing", hostile);
    expect(routing).toContain('&lt;!channel&gt; = "&lt;@U1&gt;"');
    expect(routing).not.toMatch(/<!channel>|<@U1>/);
  });

  it("says when there are no routing criteria", () => {
    expect(text("routing", recordOf(MINIMAL))).toContain("No routing criteria on this contact.");
  });
});

describe("quality section", () => {
  it("shows audio scores and issues in words", () => {
    const quality = text("quality", resolvedRecordOf(VOICE_INBOUND));
    expect(quality).toContain("*Agent audio*\nscore 4.6");
    expect(quality).toContain("*Customer audio*\nscore 2.1 · High packet loss");
  });

  it("shows disconnect issues, answering machine detection, greeting and evaluations", () => {
    const quality = text("quality", recordOf(FULL_CONTACT));
    expect(quality).toContain("*Potential disconnect issue*\nAgent connectivity issue");
    expect(quality).toContain("*Answering machine detection*\nHuman answered");
    expect(quality).toContain("*Greeting length*\n3s");
    expect(quality).toContain("Form `c942db66-cd65-475c-b9da-c2a73d1c101f` · Complete");
  });

  it("says when there is nothing to show", () => {
    expect(text("quality", recordOf(MINIMAL))).toContain("No quality data on this contact.");
  });
});

describe("attributes section", () => {
  it("lists the given attributes sorted by name, escaped", () => {
    const attributes = text("attributes", recordOf(MINIMAL), {
      ...MASKED,
      attributes: { zeta: "last", alpha: "<!here> first" },
    });
    expect(attributes).toContain("`alpha` = &lt;!here&gt; first\n`zeta` = last");
  });

  it("says when there are none, or when they were not loaded", () => {
    expect(text("attributes", recordOf(MINIMAL), { ...MASKED, attributes: {} })).toContain(
      "No user-defined attributes",
    );
    expect(text("attributes", recordOf(MINIMAL))).toContain("The attributes were not loaded.");
  });
});

describe("chain section", () => {
  const current = resolvedRecordOf(CHAIN[1]);

  it("lists the legs oldest first and marks this contact", () => {
    const chain = text("chain", current, { ...MASKED, chain: chainOf(CHAIN) });
    const first = chain.indexOf(CONTACT_IDS.chainInitial);
    const last = chain.indexOf(CONTACT_IDS.chainLast);
    expect(first).toBeGreaterThan(-1);
    expect(last).toBeGreaterThan(first);
    expect(chain).toContain("▶ *2. 📞 Voice · Transfer* — this contact");
    expect(chain).toContain("Support · Bob Smith · +1••••••0123 · Phone");
    expect(chain).toMatch(/<!date\^1714557900\^.*· 6m 40s/);
    expect(chain).not.toContain("+15550100123");
  });

  it("shows missing legs and cycles", () => {
    const legs: ChainLeg[] = [
      { contactId: "aaaaaaaa-0000-4000-8000-000000000000", missing: "not_found" },
      ...chainOf(CHAIN.slice(1)),
      { contactId: CONTACT_IDS.chainInitial, missing: "cycle" },
    ];
    const chain = text("chain", current, { ...MASKED, chain: legs });
    expect(chain).toContain(
      "⚠ `aaaaaaaa-0000-4000-8000-000000000000` — not found (older than the 24-month retention?)",
    );
    expect(chain).toContain(`↺ \`${CONTACT_IDS.chainInitial}\` — cycle, stopped here`);
  });

  it("says when the chain was not loaded or is empty", () => {
    expect(text("chain", current)).toContain("The transfer chain was not loaded.");
    expect(text("chain", current, { ...MASKED, chain: [] })).toContain(
      "This contact was not transferred.",
    );
  });
});
