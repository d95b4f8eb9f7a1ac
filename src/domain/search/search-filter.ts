import type { SearchContactsRequest } from "../connect-model.js";
import type { FoundContact } from "./found-contact.js";
import type { QueryDraft, SearchDescription, SearchQuery } from "./search-query.js";

export interface ParseContext {
  nowMs: number;
  /** The user's IANA zone, for clock times and date-times without an offset. */
  zone: string;
  /** SEARCH_PHONE_ATTRIBUTE: `phone:` is refused, with how to set it up, without it. */
  phoneAttribute?: string;
}

/** One search's reading of the command text, for one filter. */
export interface CommandReader {
  /** Told of every token, before any filter reads it (key undefined for a bare word). */
  next?(key: string | undefined): void;
  key?(key: string, value: string, token: string): void;
  word?(word: string, token: string): void;
  /** Puts what was read into the query; refuses what only the whole text shows. */
  finish(query: QueryDraft): void;
}

/** How `/contact search …` says a filter. */
export interface CommandSyntax {
  /** Its `key:` words. */
  keys?: readonly string[];
  /** Bare words that are filters on their own, listed when a word is not understood. */
  words?: readonly string[];
  /** Bare words that only change its key:values (`customer said:`, `any`). */
  modifiers?: readonly string[];
  /** Bare tokens right after its value that still belong to it ("+1 415 555 0123"). */
  continues?: RegExp;
  /** What a stray word right after its value most likely means. */
  strayWord?: string;
  reader(ctx: ParseContext): CommandReader;
}

export type FormOption = readonly [text: string, value: string];

export type FormInput =
  | { type: "external_select"; placeholder: string }
  | {
      type: "static_select";
      placeholder?: string;
      options: readonly FormOption[];
      initial?: string;
    }
  | { type: "checkboxes"; options: readonly FormOption[] }
  | { type: "radio_buttons"; options: readonly FormOption[]; initial?: string }
  | { type: "plain_text_input"; multiline?: true; maxLength: number; placeholder: string }
  | { type: "datetimepicker" };

/** One input of the search modal; its id is both the block_id and the action_id. */
export interface FormBlock {
  id: string;
  label: string;
  hint?: string;
  input: FormInput;
}

/** A submission by block id: an option's value, typed text, checked values or picked seconds. */
export type FormValues = Record<string, string | readonly string[] | number | undefined>;
/** Errors by block_id, as `response_action: "errors"` shows them under the inputs. */
export type FormErrors = Record<string, string>;

export interface FormField {
  /** Where its inputs stand in the modal (ascending). */
  position: number;
  blocks: readonly FormBlock[];
  /** The submitted inputs as the query's part, or what to fix. */
  read(
    values: FormValues,
    ctx: { nowMs: number; phoneAttribute?: string },
  ): Partial<SearchQuery> | { errors: FormErrors };
}

/** Placement in the search sentence: before "contacts", after it, or the time span at the end. */
export interface FilterWords {
  slot: "kind" | "detail" | "span";
  /** Order within the slot (ascending). */
  rank: number;
  say(d: SearchDescription, style: WordStyle): string[];
}

/** How the renderer wants user text and instants written. */
export interface WordStyle {
  text(s: string): string;
  time(ms: number): string;
}

/** The kinds of names the search adapter resolves to ids, per instance, before asking Connect. */
export type NameKind = "queue" | "agent";
export type ResolvedIds = { [K in NameKind as `${K}Ids`]?: string[] };

/** What the outcome of a summary is judged with, once Connect returned it. */
export interface JudgeContext {
  waitSeconds: number;
  nowMs: number;
}

/** One search filter, everywhere it shows: command, form, request, sentence, audit and help. */
export interface SearchFilter {
  name: string;
  command: CommandSyntax;
  form?: FormField;
  /** Its part of SearchContacts; SearchableContactAttributes criteria of several filters add up. */
  request?(
    query: SearchQuery,
    ids: ResolvedIds,
  ): Partial<Pick<SearchContactsRequest, "TimeRange" | "SearchCriteria">> | undefined;
  /** A filter Connect cannot apply: judged on each summary after the search. */
  afterSearch?: {
    active(query: SearchQuery): boolean;
    keeps(contact: FoundContact, query: SearchQuery, judge: JudgeContext): boolean;
  };
  /** The typed name the adapter must resolve to ids before the request. */
  names?: { kind: NameKind; typed(query: SearchQuery): string | undefined };
  words?: FilterWords;
  /** Its part of the audit log: no attribute values, phrases or numbers (PII). */
  audit(query: SearchQuery): (string | undefined)[];
  /** Its line of /contact help; `beside` continues the line before. */
  help: { text: string; beside?: true };
  /** The time window: read after every filter (its errors are about the whole search). */
  window?: true;
}
