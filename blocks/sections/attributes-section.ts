import { type KnownBlock, lineSections, remark } from "../block-kit.js";
import type { RenderOptions } from "../model.js";
import { assignment } from "../mrkdwn.js";
import { sortedEntriesOf } from "../shape.js";

/** The user-defined attributes the caller loaded (already deny-listed), sorted by name. */
export function renderAttributesSection(options: RenderOptions): KnownBlock[] {
  const entries = sortedEntriesOf(options.attributes);
  if (options.attributes === undefined) return [remark("The attributes were not loaded.")];
  if (entries.length === 0) return [remark("No user-defined attributes")];
  return lineSections(
    entries.map(([key, value]) => assignment(key, value, 1000)),
    12,
  );
}
