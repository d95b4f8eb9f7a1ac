import { InvalidSearchError } from "../request-errors.js";
import type { SaidQuery, Speaker } from "./search-query.js";

/** SearchContacts' limit on one phrase. */
export const MAX_PHRASE = 128;
/** Far below Connect's limits (100 a criterion), far above what a person types. */
export const MAX_PHRASES = 10;

/**
 * Gathers `said:` phrases as a search is read: `said:"…"` (either side), `customer said:"…"`,
 * `agent said:"…"`, and the words `any` / `all` that say how several combine (all by default).
 */
export function createSaidFilter() {
  const phrases: SaidQuery["phrases"] = [];
  let match: { word: "all" | "any"; token: string } | undefined;
  return {
    phrase(token: string, speaker: Speaker, text: string): void {
      if (text.length > MAX_PHRASE) {
        throw new InvalidSearchError(token, `a phrase is at most ${MAX_PHRASE} characters`);
      }
      if (phrases.length >= MAX_PHRASES) {
        throw new InvalidSearchError(token, `at most ${MAX_PHRASES} phrases in one search`);
      }
      phrases.push({ speaker, text });
    },

    combine(token: string, word: "all" | "any"): void {
      match = { word, token };
    },

    /** The phrases, or undefined without any; refuses what one SearchContacts cannot ask. */
    query(): SaidQuery | undefined {
      if (phrases.length === 0) {
        if (match) {
          throw new InvalidSearchError(match.token, `${match.word} combines said: phrases`);
        }
        return undefined;
      }
      const all = match?.word !== "any";
      const either = phrases.some((p) => p.speaker === "anyone");
      if (all && either && phrases.some((p) => p.speaker !== "anyone")) {
        const token = match?.token ?? "said:";
        throw new InvalidSearchError(
          token,
          "said: (by either side) goes with customer said: or agent said: only with the word any",
        );
      }
      return { phrases, match: all ? "all" : "any" };
    },
  };
}
