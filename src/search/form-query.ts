import { InvalidSearchError, PhoneSearchNotSetUpError } from "../domain/request-errors.js";
import { checkRange } from "./parse-time.js";
import { phoneCriterion } from "./phone-number.js";
import { createSaidFilter } from "./said-filter.js";
import {
  DEFAULT_LAST_SECONDS,
  OUTCOMES,
  type Outcome,
  type SearchQuery,
  type Speaker,
} from "./search-query.js";

/** What the "Find contacts" form submitted, read out of view.state.values. */
export interface FormValues {
  queue?: string;
  agent?: string;
  channel?: string;
  outcomes: string[];
  /** Phrases, one a line; said by `saidBy`, every one or any (`saidMatch`). */
  said?: string;
  saidBy?: string;
  saidMatch?: string;
  phone?: string;
  /** Seconds back from now, or "custom" for the two pickers. */
  preset?: string;
  sinceSeconds?: number;
  untilSeconds?: number;
}

/** Errors by block_id, as `response_action: "errors"` shows them under the inputs. */
export type FormErrors = Record<string, string>;

const sentence = (reason: string) => `${reason.charAt(0).toUpperCase()}${reason.slice(1)}.`;
const SPEAKERS: readonly Speaker[] = ["customer", "agent", "anyone"];

/** The phrase and number fields as the command's `said:` and `phone:` filters read them. */
function spokenFilters(
  values: FormValues,
  phoneAttribute: string | undefined,
): { said?: SearchQuery["said"]; phone?: SearchQuery["phone"] } | { errors: FormErrors } {
  const errors: FormErrors = {};
  const filter = createSaidFilter();
  const speaker = SPEAKERS.find((s) => s === values.saidBy) ?? "anyone";
  const lines = (values.said ?? "").split("\n").map((line) => line.trim());
  let said: SearchQuery["said"];
  try {
    for (const line of lines.filter(Boolean)) filter.phrase("said", speaker, line);
    if (values.saidMatch === "any") filter.combine("any", "any");
    said = lines.some(Boolean) ? filter.query() : undefined;
  } catch (error) {
    errors.said = sentence(
      error instanceof InvalidSearchError ? error.reason : "Check the phrases",
    );
  }
  let phone: SearchQuery["phone"];
  const number = values.phone?.trim();
  try {
    if (number) phone = phoneCriterion(number, phoneAttribute);
  } catch (error) {
    errors.phone =
      error instanceof PhoneSearchNotSetUpError
        ? "Searching by phone is not set up yet: it needs SEARCH_PHONE_ATTRIBUTE (see /contact help)."
        : sentence(error instanceof InvalidSearchError ? error.reason : "Check the number");
  }
  if (Object.keys(errors).length > 0) return { errors };
  return { ...(said && { said }), ...(phone && { phone }) };
}

/** The form as the same query the command builds; or what to fix, field by field. */
export function formQuery(
  values: FormValues,
  nowMs: number,
  options: { phoneAttribute?: string } = {},
): { query: SearchQuery } | { errors: FormErrors } {
  const spoken = spokenFilters(values, options.phoneAttribute);
  if ("errors" in spoken) return spoken;
  const base = {
    queue: values.queue,
    agent: values.agent,
    channels: values.channel ? [values.channel.toUpperCase()] : [],
    methods: [],
    attributes: [],
    outcomes: values.outcomes.filter((o): o is Outcome => OUTCOMES.includes(o as Outcome)),
    ...spoken,
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
    const reason = error instanceof InvalidSearchError ? error.reason : "that range does not work";
    const field = endMs <= startMs ? "until" : "since";
    return { errors: { [field]: sentence(reason) } };
  }
  const time = { since: startMs, until: values.untilSeconds === undefined ? undefined : endMs };
  return { query: { ...base, startMs, endMs, time } };
}
