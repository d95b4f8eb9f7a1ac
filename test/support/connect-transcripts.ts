/** One turn of a contact's Contact Lens transcript, as the emulator keeps it for searching. */
export interface TranscriptTurn {
  ParticipantRole: "AGENT" | "CUSTOMER" | "SYSTEM" | "CUSTOM_BOT" | "SUPERVISOR";
  Content: string;
}

interface Criterion {
  ParticipantRole?: unknown;
  SearchText?: unknown;
  MatchType?: unknown;
}

const ROLES = new Set(["AGENT", "CUSTOMER", "SYSTEM", "CUSTOM_BOT", "SUPERVISOR"]);
const MATCH_TYPES = new Set(["MATCH_ALL", "MATCH_ANY", "MATCH_EXACT", "MATCH_NONE"]);

/**
 * SearchCriteria.ContactAnalysis.Transcript checked as Connect's API reference bounds it
 * (Transcript / TranscriptCriteria): at most 6 criteria, each with a role, a match type and at
 * most 100 texts of at most 128 characters. The problem in words, or undefined when it is fine.
 */
export function transcriptProblem(transcript: unknown): string | undefined {
  const { Criteria, MatchType } = (transcript ?? {}) as { Criteria?: unknown; MatchType?: unknown };
  if (!Array.isArray(Criteria) || Criteria.length > 6) return "Transcript.Criteria: 0 to 6 items";
  if (MatchType !== undefined && !MATCH_TYPES.has(String(MatchType))) return "Bad MatchType";
  for (const c of Criteria as Criterion[]) {
    if (!ROLES.has(String(c.ParticipantRole))) return "Bad ParticipantRole";
    if (!MATCH_TYPES.has(String(c.MatchType))) return "TranscriptCriteria.MatchType is required";
    const texts = c.SearchText;
    if (!Array.isArray(texts) || texts.length > 100) return "SearchText: 0 to 100 items";
    if (texts.some((t) => typeof t !== "string" || t.length > 128))
      return "SearchText: at most 128";
  }
  return undefined;
}

function combine(matchType: unknown, results: boolean[]): boolean {
  if (matchType === "MATCH_ANY") return results.some(Boolean);
  if (matchType === "MATCH_NONE") return !results.some(Boolean);
  return results.every(Boolean);
}

/**
 * Whether a contact's transcript matches (a transcript already checked): each criterion looks for
 * its texts, case-insensitively, in what its role said; MATCH_EXACT wants a whole turn.
 */
export function transcriptMatches(transcript: unknown, turns: readonly TranscriptTurn[]): boolean {
  const { Criteria, MatchType } = transcript as { Criteria: Criterion[]; MatchType?: unknown };
  const results = Criteria.map((c) => {
    const said = turns
      .filter((turn) => turn.ParticipantRole === c.ParticipantRole)
      .map((turn) => turn.Content.toLowerCase());
    const texts = (c.SearchText as string[]).map((t) => t.toLowerCase());
    const found = texts.map((t) =>
      c.MatchType === "MATCH_EXACT" ? said.includes(t) : said.some((s) => s.includes(t)),
    );
    return combine(c.MatchType === "MATCH_EXACT" ? "MATCH_ALL" : c.MatchType, found);
  });
  return combine(MatchType ?? "MATCH_ALL", results);
}
