import { InvalidSearchError } from "../errors.js";
import { checkRange } from "./parse-search.js";
import { DEFAULT_LAST_SECONDS, OUTCOMES, type Outcome, type SearchQuery } from "./search-query.js";

/** What the "Find contacts" form submitted, read out of view.state.values. */
export interface FormValues {
  queue?: string;
  agent?: string;
  channel?: string;
  outcomes: string[];
  /** Seconds back from now, or "custom" for the two pickers. */
  preset?: string;
  sinceSeconds?: number;
  untilSeconds?: number;
}

/** Errors by block_id, as `response_action: "errors"` shows them under the inputs. */
export type FormErrors = Record<string, string>;

/** The form as the same query the command builds; or what to fix, field by field. */
export function formQuery(
  values: FormValues,
  nowMs: number,
): { query: SearchQuery } | { errors: FormErrors } {
  const base = {
    queue: values.queue,
    agent: values.agent,
    channels: values.channel ? [values.channel.toUpperCase()] : [],
    methods: [],
    attributes: [],
    outcomes: values.outcomes.filter((o): o is Outcome => OUTCOMES.includes(o as Outcome)),
  };
  const custom = values.preset === "custom" || (values.preset === undefined && values.sinceSeconds);
  if (!custom) {
    const seconds = Number(values.preset ?? DEFAULT_LAST_SECONDS);
    if (!Number.isFinite(seconds) || seconds <= 0) return { errors: { time: "Pick a time." } };
    const startMs = nowMs - seconds * 1000;
    return { query: { ...base, startMs, endMs: nowMs, time: { last: seconds } } };
  }
  if (values.sinceSeconds === undefined) return { errors: { since: "Pick when to start." } };
  const startMs = values.sinceSeconds * 1000;
  const endMs = values.untilSeconds === undefined ? nowMs : values.untilSeconds * 1000;
  try {
    checkRange("", startMs, endMs, nowMs);
  } catch (error) {
    const reason = error instanceof InvalidSearchError ? error.reason : "That range does not work.";
    const field = endMs <= startMs ? "until" : "since";
    return { errors: { [field]: `${reason.charAt(0).toUpperCase()}${reason.slice(1)}.` } };
  }
  const time = { since: startMs, until: values.untilSeconds === undefined ? undefined : endMs };
  return { query: { ...base, startMs, endMs, time } };
}
