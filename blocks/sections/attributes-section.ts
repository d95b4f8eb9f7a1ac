import type { ContactRecord } from "../../src/domain/contact-record.js";
import { contactMask, maskField } from "../../src/domain/masking/free-text-mask.js";
import { sortedEntriesOf } from "../../src/domain/shape.js";
import { type KnownBlock, lineSections, remark } from "../block-kit.js";
import { assignment } from "../mrkdwn.js";
import type { RenderOptions } from "../render-options.js";

const VALUE_MAX = 1000;

/**
 * The user-defined attributes the caller loaded (already deny-listed), sorted by name, with card
 * numbers (and unless turned off, phone numbers and email addresses) masked in their values.
 */
export function renderAttributesSection(
  record: ContactRecord,
  options: RenderOptions,
): KnownBlock[] {
  const entries = sortedEntriesOf(options.attributes);
  if (options.attributes === undefined) return [remark("The attributes were not loaded.")];
  if (entries.length === 0) return [remark("No user-defined attributes")];
  const policy = contactMask(record, options);
  return lineSections(
    entries.map(([key, value]) =>
      assignment(key, maskField(key, value, policy, VALUE_MAX), VALUE_MAX),
    ),
    12,
  );
}
