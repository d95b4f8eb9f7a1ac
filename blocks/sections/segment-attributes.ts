import type { SegmentAttributeValue } from "@aws-sdk/client-connect";
import { type MaskPolicy, maskField } from "../../src/domain/masking/free-text-mask.js";
import { entriesOf, listOf, sortedEntriesOf } from "../../src/domain/shape.js";
import { assignment, type Mrkdwn } from "../mrkdwn.js";

const MAX_DEPTH = 10;
const MAX_LINES = 200;
const VALUE_MAX = 300;

type Entry = readonly [path: string, value: unknown];

function flatten(path: string, value: SegmentAttributeValue, depth: number, out: Entry[]): void {
  if (out.length >= MAX_LINES || typeof value !== "object" || value === null) return;
  if (depth > MAX_DEPTH) {
    out.push([path, "…"]);
    return;
  }
  for (const scalar of [value.ValueString, value.ValueInteger, value.ValueArn]) {
    if (scalar !== undefined) out.push([path, scalar]);
  }
  for (const [key, child] of entriesOf(value.ValueMap))
    flatten(`${path}.${key}`, child, depth + 1, out);
  listOf(value.ValueList).forEach((child, i) => {
    flatten(`${path}[${i}]`, child, depth + 1, out);
  });
}

/**
 * SegmentAttributes as `key.sub = value` lines (maps nest with ".", lists with "[i]"), sorted by key,
 * at most 200 lines and 10 levels deep so a huge or hostile map cannot crowd out the rest.
 */
export function segmentAttributeLines(
  attributes: Record<string, SegmentAttributeValue> | undefined,
  policy: MaskPolicy,
): Mrkdwn[] {
  const out: Entry[] = [];
  for (const [key, value] of sortedEntriesOf(attributes)) flatten(key, value, 0, out);
  return out.map(([path, value]) =>
    assignment(path, maskField(path, value, policy, VALUE_MAX), VALUE_MAX),
  );
}
