import { expect } from "vitest";
import type { SectionId } from "../../blocks/action-ids.js";
import { buttonsOf, type Harness, nthAnswer } from "./harness.js";

/** /contact <id>, then a click on one of its section buttons: the re-rendered answer. */
export async function openSectionOf(
  h: Harness,
  contactId: string,
  section: SectionId,
): Promise<Record<string, unknown>> {
  const { responseUrl } = await h.command(contactId);
  const summary = await nthAnswer(h, responseUrl);
  const actionId = `contact_section_${section}`;
  const value = buttonsOf(summary).get(actionId)?.value;
  expect(value).toBeTruthy();
  const clicked = await h.click({ actionId, value, isEphemeral: true });
  return nthAnswer(h, clicked.responseUrl);
}

/** /contact <id>, then a click on its Flow button: the re-rendered answer. */
export function openFlowOf(h: Harness, contactId: string): Promise<Record<string, unknown>> {
  return openSectionOf(h, contactId, "flow");
}
