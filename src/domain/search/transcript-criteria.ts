import type {
  ParticipantRole,
  SearchContactsMatchType,
  Transcript,
  TranscriptCriteria,
} from "../connect-model.js";
import type { SaidQuery } from "./search-query.js";

const ROLES: { role: ParticipantRole; speaker: "customer" | "agent" }[] = [
  { role: "CUSTOMER", speaker: "customer" },
  { role: "AGENT", speaker: "agent" },
];

/**
 * `said:` phrases as SearchContacts' Contact Lens transcript criteria: one criterion per side,
 * its phrases combined as asked (all / any). A phrase either side said (`said:` alone) is asked
 * of both sides, which then combine with MATCH_ANY — hence parseSearch allows it beside
 * `customer said:` / `agent said:` only with `any`, where every criterion is MATCH_ANY anyway.
 */
export function transcriptCriteria(said: SaidQuery): Transcript {
  const match: SearchContactsMatchType = said.match === "any" ? "MATCH_ANY" : "MATCH_ALL";
  const either = said.phrases.filter((p) => p.speaker === "anyone").map((p) => p.text);
  const sided = said.phrases.some((p) => p.speaker !== "anyone");
  const Criteria: TranscriptCriteria[] = ROLES.flatMap(({ role, speaker }) => {
    const own = said.phrases.filter((p) => p.speaker === speaker).map((p) => p.text);
    const SearchText = sided ? [...own, ...either] : either;
    return SearchText.length > 0 ? [{ ParticipantRole: role, SearchText, MatchType: match }] : [];
  });
  return { Criteria, MatchType: sided && match === "MATCH_ALL" ? "MATCH_ALL" : "MATCH_ANY" };
}
