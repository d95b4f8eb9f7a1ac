import type { types } from "@slack/bolt";
import { plainText } from "./block-kit.js";

/** The form's ids: Slack sends them back in view.state.values[block_id][action_id]. */
export const SEARCH_FORM = {
  callbackId: "contact_search",
  blocks: {
    queue: "queue",
    agent: "agent",
    channel: "channel",
    outcome: "outcome",
    said: "said",
    saidBy: "said_by",
    saidMatch: "said_match",
    phone: "phone",
    time: "time",
    since: "since",
    until: "until",
  },
} as const;

/** Ten phrases of Connect's 128 characters, one a line. */
const SAID_MAX_CHARS = 10 * 129;

/** Presets of the time input, in seconds back from now; "custom" reads the two pickers. */
export const TIME_PRESETS = [
  ["last 15 minutes", "900"],
  ["last hour", "3600"],
  ["last 4 hours", "14400"],
  ["last 24 hours", "86400"],
  ["last 7 days", "604800"],
  ["between the start and end below", "custom"],
] as const;

const option = (text: string, value: string): types.PlainTextOption => ({
  text: plainText(text, 75),
  value,
});

const CHANNELS = [
  option("📞 Voice", "voice"),
  option("💬 Chat", "chat"),
  option("📋 Task", "task"),
  option("✉️ Email", "email"),
];
const OUTCOMES = [
  option("Abandoned (enqueued, no agent)", "abandoned"),
  option("Answered", "answered"),
  option("Transferred", "transferred"),
  option("Long wait in queue", "long-wait"),
];

const SAID_BY = [
  option("Either side", "anyone"),
  option("The customer", "customer"),
  option("The agent", "agent"),
];
const SAID_MATCH = [option("Every phrase", "all"), option("Any phrase", "any")];

function input(blockId: string, label: string, element: types.InputBlockElement, hint?: string) {
  const block: types.InputBlock = {
    type: "input",
    block_id: blockId,
    optional: true,
    label: plainText(label, 2000),
    element,
  };
  if (hint) block.hint = plainText(hint, 2000);
  return block;
}

const external = (actionId: string, placeholder: string): types.ExternalSelect => ({
  type: "external_select",
  action_id: actionId,
  placeholder: plainText(placeholder, 150),
  min_query_length: 0,
});

/**
 * The "Find contacts" modal. `privateMetadata` travels back with the submission (where to answer);
 * every input is optional, like the command's filters.
 */
export function renderSearchForm(privateMetadata: string): types.ModalView {
  const b = SEARCH_FORM.blocks;
  const hour = TIME_PRESETS[1];
  return {
    type: "modal",
    callback_id: SEARCH_FORM.callbackId,
    private_metadata: privateMetadata,
    title: plainText("Find contacts", 24),
    submit: plainText("Search", 24),
    close: plainText("Cancel", 24),
    blocks: [
      input(b.queue, "Queue", external(b.queue, "Any queue — type to filter")),
      input(b.agent, "Agent", external(b.agent, "Any agent — type a name or username")),
      input(b.channel, "Channel", {
        type: "static_select",
        action_id: b.channel,
        placeholder: plainText("Any channel", 150),
        options: CHANNELS,
      }),
      input(b.outcome, "Outcome", { type: "checkboxes", action_id: b.outcome, options: OUTCOMES }),
      input(
        b.said,
        "Said in the conversation",
        {
          type: "plain_text_input",
          action_id: b.said,
          multiline: true,
          max_length: SAID_MAX_CHARS,
          placeholder: plainText("charged twice", 150),
        },
        "One phrase a line, searched in the Contact Lens transcript.",
      ),
      input(b.saidBy, "Said by", {
        type: "static_select",
        action_id: b.saidBy,
        initial_option: SAID_BY[0],
        options: SAID_BY,
      }),
      input(b.saidMatch, "Phrases that must be said", {
        type: "radio_buttons",
        action_id: b.saidMatch,
        initial_option: SAID_MATCH[0],
        options: SAID_MATCH,
      }),
      input(
        b.phone,
        "Caller's number",
        {
          type: "plain_text_input",
          action_id: b.phone,
          max_length: 40,
          placeholder: plainText("+1 415 555 0123", 150),
        },
        "With its country code.",
      ),
      input(b.time, "When", {
        type: "static_select",
        action_id: b.time,
        initial_option: option(hour[0], hour[1]),
        options: TIME_PRESETS.map(([text, value]) => option(text, value)),
      }),
      input(
        b.since,
        "Start",
        { type: "datetimepicker", action_id: b.since },
        "For a start and end: pick both, at most 8 weeks apart.",
      ),
      input(b.until, "End", { type: "datetimepicker", action_id: b.until }),
    ],
  };
}

/** Options for an external select (block_suggestion answer), at most Slack's 100. */
export function renderOptions(items: readonly { text: string; value: string }[]): {
  options: types.PlainTextOption[];
} {
  return {
    options: items.slice(0, 100).map((item) => option(item.text, item.value.slice(0, 150))),
  };
}
