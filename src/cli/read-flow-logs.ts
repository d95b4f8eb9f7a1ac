import type { LogEvent } from "../logs/flow-log-parser.js";
import { CliError, EXIT } from "./cli-error.js";
import { parseJson } from "./parse-json.js";

/**
 * The events of `aws logs filter-log-events` output (`{"events": [{"message": …}, …]}`), or a
 * bare array of them. Each event's message is parsed later; only the envelope is checked here.
 */
export function readFlowLogs(text: string, source: string): LogEvent[] {
  const parsed = parseJson(text, source);
  const events = Array.isArray(parsed) ? parsed : (parsed as { events?: unknown } | null)?.events;
  if (!Array.isArray(events)) {
    throw new CliError(
      `${source} holds no log events: expected the output of aws logs filter-log-events, {"events": [...]}`,
      EXIT.badInput,
    );
  }
  return events.flatMap((event: unknown) => {
    const { message, timestamp } = (event ?? {}) as { message?: unknown; timestamp?: unknown };
    return typeof message === "string"
      ? [{ message, ...(typeof timestamp === "number" && { timestamp }) }]
      : [];
  });
}
