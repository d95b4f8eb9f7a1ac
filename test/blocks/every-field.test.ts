import { describe, expect, it } from "vitest";
import { SECTIONS } from "../../blocks/action-ids.js";
import { renderContactMessage } from "../../blocks/contact-message.js";
import { TRUNCATION_NOTE } from "../../blocks/fit-message.js";
import type { RenderOptions } from "../../blocks/render-options.js";
import { CONSOLE_BASE_URL, FULL_CONTACT, recordOf } from "../fixtures/contacts.js";
import { allText } from "./support/inspect.js";
import { found, isWithheld, leaves, piiMask } from "./support/leaves.js";

/** The text of the summary and of every section opened in turn. */
function everythingShown(maskEndpoints: boolean): string {
  const record = recordOf(FULL_CONTACT, { consoleBaseUrl: CONSOLE_BASE_URL });
  // Contact.Attributes are not deny-listed, so their values reach the user only through
  // options.attributes (what the listener passes after filtering); pass them that way here.
  const options: RenderOptions = {
    maskEndpoints,
    attributes: FULL_CONTACT.Attributes,
    chain: [{ contactId: FULL_CONTACT.Id, record }],
  };
  return [undefined, ...SECTIONS]
    .map((open) => allText(renderContactMessage(record, { ...options, open }).blocks))
    .join("\n");
}

describe("every field of DescribeContact's Contact is shown somewhere", () => {
  const haystack = everythingShown(false);

  it("renders each section whole (nothing cut, or this test would prove little)", () => {
    expect(haystack).not.toContain(TRUNCATION_NOTE);
  });

  it("walks the whole fixture", () => {
    expect(leaves(FULL_CONTACT).length).toBeGreaterThan(150);
  });

  it.each(leaves(FULL_CONTACT).map((leaf) => [leaf.path, leaf] as const))("%s", (path, leaf) => {
    if (isWithheld(path)) {
      expect(haystack).not.toContain(String(leaf.value));
      return;
    }
    expect(found(haystack, leaf), `${leaf.path} = ${String(leaf.value)} not found`).toBe(true);
  });
});

describe("with customer endpoints masked (the default), every leaf is still there", () => {
  const haystack = everythingShown(true);

  it("renders each section whole", () => {
    expect(haystack).not.toContain(TRUNCATION_NOTE);
  });

  it.each(leaves(FULL_CONTACT).map((leaf) => [leaf.path, leaf] as const))("%s", (path, leaf) => {
    const mask = piiMask(path);
    if (isWithheld(path)) {
      expect(haystack).not.toContain(String(leaf.value));
      return;
    }
    if (!mask) {
      expect(found(haystack, leaf), `${path} = ${String(leaf.value)} not found`).toBe(true);
      return;
    }
    const value = String(leaf.value);
    expect(haystack).toContain(mask(value));
    expect(haystack).not.toContain(value);
  });
});
