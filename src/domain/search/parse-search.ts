import { InvalidSearchError } from "../request-errors.js";
import type { ParseContext, SearchFilter } from "./search-filter.js";
import { readingOrder, SEARCH_FILTERS } from "./search-filters.js";
import { emptyDraft, type SearchQuery, withWindow } from "./search-query.js";

export type { ParseContext } from "./search-filter.js";

const TOKEN = /([a-z-]+):((?:"[^"]*"|[^\s"]+)+)|"[^"]*"|\S+/gi;
const MAX_VALUE = 256;

/** Slack escapes &, < and > in command text, and phones type curly quotes. */
function normalize(text: string): string {
  return text
    .replace(/[“”„″]/g, '"')
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&amp;/g, "&");
}

const unquote = (value: string) => value.replace(/"/g, "").trim();
const and = (items: readonly string[]) => `${items.slice(0, -1).join(", ")} and ${items.at(-1)}`;

/**
 * `/contact search` filters, in any order: key:value pairs (quotes for spaces) and bare words, as
 * the filters' entries say them. Throws InvalidSearchError quoting the filter at fault; judged
 * without any API call.
 */
export function parseSearch(
  text: string,
  ctx: ParseContext,
  filters: readonly SearchFilter[] = SEARCH_FILTERS,
): SearchQuery {
  const readers = new Map(readingOrder(filters).map((f) => [f, f.command.reader(ctx)]));
  const byKey = new Map(filters.flatMap((f) => (f.command.keys ?? []).map((k) => [k, f] as const)));
  const byWord = new Map(
    filters.flatMap((f) =>
      [...(f.command.words ?? []), ...(f.command.modifiers ?? [])].map((w) => [w, f] as const),
    ),
  );
  const tokens = [...normalize(text).matchAll(TOKEN)];
  for (let i = 0; i < tokens.length; i++) {
    const match = tokens[i]!;
    const token = match[0];
    const key = match[1]?.toLowerCase();
    let value = match[2] === undefined ? "" : unquote(match[2]);
    for (const reader of readers.values()) reader.next?.(key);
    if (key === undefined) {
      const word = token.toLowerCase();
      const owner = byWord.get(word);
      if (owner) {
        readers.get(owner)!.word?.(word, token);
        continue;
      }
      const previous = tokens[i - 1]?.[1]?.toLowerCase();
      const stray = previous === undefined ? undefined : byKey.get(previous)?.command.strayWord;
      const words = filters.flatMap((f) => f.command.words ?? []);
      throw new InvalidSearchError(token, stray ?? `filters are key:value or ${words.join(", ")}`);
    }
    const filter = byKey.get(key);
    const continues = filter?.command.continues;
    while (
      continues &&
      tokens[i + 1]?.[1] === undefined &&
      continues.test(tokens[i + 1]?.[0] ?? "")
    ) {
      value = `${value} ${tokens[++i]![0]}`;
    }
    if (value === "") throw new InvalidSearchError(token, "it has no value");
    // Connect's names and attribute values are short; a longer one is a paste gone wrong.
    if (value.length > MAX_VALUE) throw new InvalidSearchError(token, "that value is too long");
    if (!filter) {
      const keys = filters.flatMap((f) => f.command.keys ?? []);
      throw new InvalidSearchError(token, `the filters are ${and(keys)}`);
    }
    readers.get(filter)!.key?.(key, value, token);
  }
  const draft = emptyDraft();
  for (const reader of readers.values()) reader.finish(draft);
  return withWindow(draft);
}
