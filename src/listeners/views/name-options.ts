import type { AllMiddlewareArgs, SlackOptionsMiddlewareArgs } from "@slack/bolt";
import { renderOptions } from "../../../blocks/search-form.js";
import type { Deps } from "../../deps.js";
import { startDeadline } from "../../infra/deadline.js";
import { boundedText } from "../../text/bounded-text.js";

type Args = SlackOptionsMiddlewareArgs<"block_suggestion"> & AllMiddlewareArgs;

/** Slack shows nothing after 3 s: the cached directory answers at once, a cold one gets 2.5 s. */
const OPTIONS_DEADLINE_MS = 2500;
/** Longer than any queue name or agent login Connect allows. */
const MAX_TYPED = 256;

/**
 * The form's queue and agent menus (block_suggestion): the instances' names containing what was
 * typed, from the cached directory. A failure answers an empty menu rather than an error.
 */
export function nameOptions(deps: Pick<Deps, "config" | "names">, kind: "queue" | "agent") {
  return async ({ ack, options, logger }: Args): Promise<void> => {
    const typed = boundedText(options.value, MAX_TYPED).trim().toLowerCase();
    const deadline = startDeadline(OPTIONS_DEADLINE_MS);
    const items = new Map<string, string>();
    try {
      for (const instance of deps.config.connect.instances) {
        if (kind === "queue") {
          for (const q of await deps.names.queues(instance, deadline)) items.set(q.name, q.name);
        } else {
          for (const a of await deps.names.agents(instance, deadline)) {
            items.set(a.username, a.name ? `${a.name} (${a.username})` : a.username);
          }
        }
      }
    } catch (error) {
      logger.warn(`no ${kind} options: ${String(error)}`);
    }
    const matching = [...items]
      .filter(([value, text]) => !typed || `${value} ${text}`.toLowerCase().includes(typed))
      .sort((a, b) => a[1].localeCompare(b[1]))
      .map(([value, text]) => ({ value, text }));
    await ack(renderOptions(matching));
  };
}
