import { matchesOutcomes } from "../../outcomes.js";
import type { SearchFilter } from "../search-filter.js";
import { OUTCOMES, type Outcome } from "../search-query.js";

const isOutcome = (word: unknown): word is Outcome => OUTCOMES.includes(word as Outcome);

/** Outcome words: Connect cannot search by them, so each summary is judged after the search. */
export const outcomeFilter: SearchFilter = {
  name: "outcome",
  command: {
    words: OUTCOMES,
    reader() {
      const outcomes: Outcome[] = [];
      return {
        word: (word) => {
          if (isOutcome(word) && !outcomes.includes(word)) outcomes.push(word);
        },
        finish: (query) => {
          query.outcomes.push(...outcomes);
        },
      };
    },
  },
  form: {
    position: 40,
    blocks: [
      {
        id: "outcome",
        label: "Outcome",
        input: {
          type: "checkboxes",
          options: [
            ["Abandoned (enqueued, no agent)", "abandoned"],
            ["Answered", "answered"],
            ["Transferred", "transferred"],
            ["Long wait in queue", "long-wait"],
          ],
        },
      },
    ],
    read: ({ outcome }) => ({ outcomes: Array.isArray(outcome) ? outcome.filter(isOutcome) : [] }),
  },
  afterSearch: {
    active: (query) => query.outcomes.length > 0,
    keeps: (contact, query, judge) =>
      matchesOutcomes(contact, query.outcomes, judge.waitSeconds, judge.nowMs),
  },
  words: { slot: "kind", rank: 10, say: (d) => [...d.outcomes] },
  audit: (query) => query.outcomes,
  help: { text: "outcome words: `abandoned`, `answered`, `transferred`, `long-wait`" },
};
