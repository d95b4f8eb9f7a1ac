import { expect } from "vitest";
import { buttonsOf, type Harness, nthAnswer } from "./harness.js";

/** /contact <id>, then a click on its Flow button: the re-rendered answer. */
export async function openFlowOf(h: Harness, contactId: string): Promise<Record<string, unknown>> {
  const { responseUrl } = await h.command(contactId);
  const summary = await nthAnswer(h, responseUrl);
  const value = buttonsOf(summary).get("contact_section_flow")?.value;
  expect(value).toBeTruthy();
  const clicked = await h.click({ actionId: "contact_section_flow", value, isEphemeral: true });
  return nthAnswer(h, clicked.responseUrl);
}
