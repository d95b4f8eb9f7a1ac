import { InvalidSearchError } from "../../request-errors.js";
import { createSaidFilter, MAX_PHRASE, MAX_PHRASES } from "../said-filter.js";
import type { SearchFilter } from "../search-filter.js";
import type { SearchQuery, Speaker } from "../search-query.js";
import { transcriptCriteria } from "../transcript-criteria.js";
import { sentence } from "./sentence.js";

const SPEAKERS: readonly Speaker[] = ["customer", "agent", "anyone"];
const SPEAKER_WORDS = new Map([
  ["customer", "the customer"],
  ["agent", "the agent"],
]);

export const saidFilter: SearchFilter = {
  name: "said",
  command: {
    keys: ["said"],
    modifiers: ["customer", "agent", "any", "all"],
    strayWord: 'a phrase of several words goes in quotes, as in said:"charged twice"',
    reader() {
      const said = createSaidFilter();
      let speaker: { word: "customer" | "agent"; token: string } | undefined;
      const alone = (token: string) =>
        new InvalidSearchError(
          token,
          'customer and agent go right before said:, as in customer said:"refund"',
        );
      return {
        next: (key) => {
          if (speaker && key !== "said") throw alone(speaker.token);
        },
        word: (word, token) => {
          if (word === "customer" || word === "agent") speaker = { word, token };
          else said.combine(token, word === "any" ? "any" : "all");
        },
        key: (_key, value, token) => {
          said.phrase(token, speaker?.word ?? "anyone", value);
          speaker = undefined;
        },
        finish: (query) => {
          if (speaker) throw alone(speaker.token);
          const phrases = said.query();
          if (phrases) query.said = phrases;
        },
      };
    },
  },
  form: {
    position: 50,
    blocks: [
      {
        id: "said",
        label: "Said in the conversation",
        hint: "One phrase a line, searched in the Contact Lens transcript.",
        input: {
          type: "plain_text_input",
          multiline: true,
          // Every phrase at its longest, one a line.
          maxLength: MAX_PHRASES * (MAX_PHRASE + 1),
          placeholder: "charged twice",
        },
      },
      {
        id: "said_by",
        label: "Said by",
        input: {
          type: "static_select",
          initial: "anyone",
          options: [
            ["Either side", "anyone"],
            ["The customer", "customer"],
            ["The agent", "agent"],
          ],
        },
      },
      {
        id: "said_match",
        label: "Phrases that must be said",
        input: {
          type: "radio_buttons",
          initial: "all",
          options: [
            ["Every phrase", "all"],
            ["Any phrase", "any"],
          ],
        },
      },
    ],
    read: (values) => {
      const filter = createSaidFilter();
      const speaker = SPEAKERS.find((s) => s === values.said_by) ?? "anyone";
      const typed = typeof values.said === "string" ? values.said : "";
      const lines = typed.split("\n").map((line) => line.trim());
      try {
        for (const line of lines.filter(Boolean)) filter.phrase("said", speaker, line);
        if (values.said_match === "any") filter.combine("any", "any");
        const said: SearchQuery["said"] = lines.some(Boolean) ? filter.query() : undefined;
        return said ? { said } : {};
      } catch (error) {
        const reason = error instanceof InvalidSearchError ? error.reason : "Check the phrases";
        return { errors: { said: sentence(reason) } };
      }
    },
  },
  request: (query) =>
    query.said && {
      SearchCriteria: { ContactAnalysis: { Transcript: transcriptCriteria(query.said) } },
    },
  words: {
    slot: "detail",
    rank: 50,
    // "where the customer said “charged twice” or anyone said “refund”"
    say: ({ said }, { text }) => {
      if (!said || said.phrases.length === 0) return [];
      const each = said.phrases.map(
        (p) => `${SPEAKER_WORDS.get(p.speaker) ?? "anyone"} said “${text(p.text)}”`,
      );
      return [`where ${each.join(said.match === "any" ? " or " : " and ")}`];
    },
  },
  audit: (query) => [query.said && `said:${query.said.phrases.length}:${query.said.match}`],
  help: {
    text: '`said:"charged twice"` — in the Contact Lens transcript; `customer said:"…"` or `agent said:"…"` for one side; several phrases must all be said, or add `any`',
  },
};
