import { describe, expect, it } from "vitest";
import { SECTIONS, sectionActionId } from "../../blocks/action-ids.js";
import { found, isWithheld, leaves, piiMask } from "../blocks/support/leaves.js";
import { FULL_CONTACT, INSTANCE_ID } from "../fixtures/contacts.js";
import { buttonsOf, nthAnswer, useHarness } from "./harness.js";

const h = useHarness({ redis: false });

/** Every text object's text in a message as Slack received it. */
function texts(node: unknown): string[] {
  if (Array.isArray(node)) return node.flatMap(texts);
  if (!node || typeof node !== "object") return [];
  return Object.entries(node).flatMap(([key, value]) =>
    key === "text" && typeof value === "string" ? [value] : texts(value),
  );
}

describe("every DescribeContact leaf, through the running bot", () => {
  it("is visible in the summary or a section, customer PII masked", async () => {
    h.connect.putAttributes(INSTANCE_ID, FULL_CONTACT.InitialContactId, FULL_CONTACT.Attributes);
    const { responseUrl } = await h.command(FULL_CONTACT.Id);
    const summary = await nthAnswer(h, responseUrl);
    const shown = [...texts(summary.blocks)];
    for (const section of SECTIONS) {
      const value = buttonsOf(summary).get(sectionActionId(section))?.value;
      const click = await h.click({ actionId: sectionActionId(section), value, isEphemeral: true });
      shown.push(...texts((await nthAnswer(h, click.responseUrl)).blocks));
    }
    const haystack = shown.join("\n");
    const missing = leaves(FULL_CONTACT).filter((leaf) => {
      if (isWithheld(leaf.path)) return haystack.includes(String(leaf.value));
      const mask = piiMask(leaf.path);
      if (!mask) return !found(haystack, leaf);
      const value = String(leaf.value);
      return !haystack.includes(mask(value)) || haystack.includes(value);
    });
    expect(missing.map((leaf) => `${leaf.path} = ${String(leaf.value)}`)).toEqual([]);
    // The recipient named "Billing <!here> & *Co*" is written out, never a live mention.
    expect(haystack).toContain("Billing &lt;!here&gt; &amp; *Co*");
    expect(haystack).not.toContain("<!here>");
  });
});
