import {
  type Conversation,
  clock,
  customerLastQuarter,
  signed,
  silencePercent,
} from "../conversation.js";
import { maskFreeText } from "../masking/free-text-mask.js";
import { type Finding, type FindingThresholds, finding, spoken, strong } from "./finding.js";

const MAX_CATEGORY_FINDINGS = 2;

/** The customer's sentiment in the last quarter at or below FINDING_SENTIMENT. */
function negativeEnd(conversation: Conversation, thresholds: FindingThresholds): Finding[] {
  const score = customerLastQuarter(conversation);
  if (score === undefined || score > thresholds.sentimentScore) return [];
  return [
    finding("negative_sentiment", 2, "😠", [
      "Customer sentiment ",
      strong(signed(score)),
      " in the last quarter of the call",
    ]),
  ];
}

/** A category's name as a public summary may show it: admins name them, but cards never show. */
const categoryName = (name: string): string => maskFreeText(name, { endpoints: true }, 80);

/** Categories named in FINDING_CATEGORIES that Contact Lens matched, with when. */
function watchedCategories(conversation: Conversation, thresholds: FindingThresholds): Finding[] {
  const watched = new Set(thresholds.categories.map((name) => name.toLowerCase()));
  const matched = conversation.categories.filter((c) => watched.has(c.name.toLowerCase()));
  const found = matched.map((c) =>
    finding("category", 2, "🏷️", [
      "Contact Lens category ",
      strong(categoryName(c.name)),
      ...(c.at[0] === undefined ? [] : [` at ${clock(c.at[0])}`]),
    ]),
  );
  if (found.length <= MAX_CATEGORY_FINDINGS) return found;
  const rest = matched.slice(MAX_CATEGORY_FINDINGS - 1).map((c) => categoryName(c.name));
  return [
    ...found.slice(0, MAX_CATEGORY_FINDINGS - 1),
    finding("category", 2, "🏷️", ["Contact Lens categories ", strong(rest.join(", "))]),
  ];
}

/** Non-talk time over FINDING_SILENCE_PERCENT of the call. */
function longSilence(conversation: Conversation, thresholds: FindingThresholds): Finding[] {
  const percent = silencePercent(conversation);
  if (percent === undefined || percent <= thresholds.silencePercent) return [];
  const longest = conversation.talk?.longestSilence;
  return [
    finding("silence", 1, "🤫", [
      "Silence for ",
      strong(`${Math.round(percent)}%`),
      " of the call",
      ...(longest && longest.ms >= 1000 ? [` (longest ${spoken(longest.ms / 1000)})`] : []),
    ]),
  ];
}

/** What stands out in Contact Lens's analysis, when it is already loaded or cached. */
export function conversationFindings(
  conversation: Conversation | undefined,
  thresholds: FindingThresholds,
): Finding[] {
  if (!conversation) return [];
  return [
    ...negativeEnd(conversation, thresholds),
    ...watchedCategories(conversation, thresholds),
    ...longSilence(conversation, thresholds),
  ];
}
