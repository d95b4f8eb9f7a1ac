/** Where Contact Lens writes a contact's post-call analysis in the bucket. */
export type AnalysisKind = "Voice" | "Chat";

/**
 * The key prefixes of a contact's analysis files, redacted first (preferred whenever it exists):
 * `Analysis/Voice/Redacted/YYYY/MM/DD/<contactId>_analysis_redacted_` and
 * `Analysis/Voice/YYYY/MM/DD/<contactId>_analysis_`, dated by `day` (ConnectedToAgentTimestamp)
 * in UTC, so a call across midnight is under the day the agent answered.
 */
export function analysisPrefixes(
  kind: AnalysisKind,
  contactId: string,
  day: Date,
  base = "",
): string[] {
  const date = day.toISOString().slice(0, 10).split("-").join("/");
  return [
    `${base}Analysis/${kind}/Redacted/${date}/${contactId}_analysis_redacted_`,
    `${base}Analysis/${kind}/${date}/${contactId}_analysis_`,
  ];
}
