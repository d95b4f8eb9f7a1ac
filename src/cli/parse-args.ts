import { parseArgs } from "node:util";
import type { SectionId } from "../../blocks/action-ids.js";
import { trimChars } from "../text/trim-chars.js";
import { CliError, EXIT } from "./cli-error.js";

/** Sections rendered from DescribeContact alone; attributes and chain need more calls to Connect. */
export const OFFLINE_SECTIONS = ["agent", "queue", "routing", "quality", "details"] as const;

export type CliArgs =
  | { help: true }
  | {
      help: false;
      command: "timeline";
      /** One saved DescribeContact answer per leg, any order. */
      files: string[];
      out: string;
      /** IANA zone of the axis. */
      zone: string;
      /** A JSON file of queue / agent id → name, for the names only Connect resolves. */
      names: string | undefined;
    }
  | {
      help: false;
      command: "render";
      /** A path; "-" or undefined (not given) read standard input. */
      file: string | undefined;
      section: SectionId | undefined;
      mask: boolean;
      consoleUrl: string | undefined;
      jsonOnly: boolean;
      /** Saved `aws logs filter-log-events` output: the Flow section, offline. */
      flowLogs: string | undefined;
      /** A saved Contact Lens analysis file: the Conversation section alone. */
      analysis: string | undefined;
      /** With `analysis`: page N of the transcript instead. */
      page: number | undefined;
    };

const usageError = (message: string): CliError => new CliError(message, EXIT.badUsage);

function sectionArg(
  value: string | undefined,
  flowLogs: string | undefined,
): SectionId | undefined {
  if (value === undefined) return flowLogs === undefined ? undefined : "flow";
  const section = OFFLINE_SECTIONS.find((known) => known === value);
  if (section) return section;
  if (value === "flow") {
    if (flowLogs !== undefined) return "flow";
    throw usageError("--section flow needs the flow logs: add --flow-logs FILE");
  }
  if (value === "conversation") {
    throw usageError("--section conversation reads Contact Lens's analysis: use --analysis FILE");
  }
  const choices = `choose one of ${OFFLINE_SECTIONS.join(", ")}`;
  if (value === "attributes" || value === "chain") {
    throw usageError(
      `--section ${value} cannot be rendered offline: it needs more calls to Amazon Connect than DescribeContact; ${choices}`,
    );
  }
  throw usageError(`Unknown section: ${JSON.stringify(value)}; ${choices}`);
}

function pageArg(value: string | undefined): number | undefined {
  if (value === undefined) return undefined;
  const page = Number(value);
  if (!Number.isInteger(page) || page < 1)
    throw usageError(`--page must be 1 or more, got ${value}`);
  return page;
}

function consoleUrlArg(value: string | undefined): string | undefined {
  if (value === undefined) return undefined;
  if (!URL.canParse(value) || !/^https?:$/.test(new URL(value).protocol)) {
    throw usageError(`--console-url must be an http(s) URL, got ${JSON.stringify(value)}`);
  }
  // The renderers append paths to a base without a trailing slash.
  return trimChars(value, "/", "end");
}

export function parseCliArgs(argv: readonly string[]): CliArgs {
  let parsed: ReturnType<typeof parse>;
  try {
    parsed = parse(argv);
  } catch (error) {
    throw usageError(error instanceof Error ? error.message : String(error));
  }
  const { values, positionals } = parsed;
  if (values.help) return { help: true };
  const [command, file, ...extra] = positionals;
  if (command === "timeline") return timelineArgs(positionals.slice(1), values);
  if (command !== "render") {
    throw usageError(
      command ? `Unknown command: ${command}` : "Missing command: render or timeline",
    );
  }
  if (extra.length > 0) throw usageError(`Unexpected argument: ${extra[0]}`);
  for (const option of ["out", "tz", "names"] as const) {
    if (values[option] !== undefined)
      throw usageError(`--${option} is an option of timeline, not render`);
  }
  const analysis = values.analysis;
  if (
    analysis !== undefined &&
    (values.section !== undefined || values["flow-logs"] !== undefined)
  ) {
    throw usageError(
      "--analysis renders the Conversation section alone: drop --section and --flow-logs",
    );
  }
  if (analysis === "-" && (file === undefined || file === "-")) {
    throw usageError("--analysis - reads standard input: give the contact as a file, or none");
  }
  if (values.page !== undefined && analysis === undefined) {
    throw usageError("--page N pages the transcript of --analysis FILE");
  }
  return {
    help: false,
    command: "render",
    file,
    section: sectionArg(values.section, values["flow-logs"]),
    mask: !values["no-mask"],
    consoleUrl: consoleUrlArg(values["console-url"]),
    jsonOnly: values.json ?? false,
    flowLogs: values["flow-logs"],
    analysis,
    page: pageArg(values.page),
  };
}

function timelineArgs(files: string[], values: ReturnType<typeof parse>["values"]): CliArgs {
  if (files.length === 0)
    throw usageError("timeline needs one saved describe-contact output per leg");
  // The picture shows no customer address, so --no-mask has nothing to unmask there either.
  if (
    values.section !== undefined ||
    values["console-url"] !== undefined ||
    values.json ||
    values["no-mask"] ||
    values.analysis !== undefined
  ) {
    throw usageError("timeline takes only --out, --tz and --names");
  }
  const zone = values.tz ?? "UTC";
  try {
    new Intl.DateTimeFormat("en-GB", { timeZone: zone });
  } catch {
    throw usageError(
      `--tz must be an IANA time zone such as Europe/London, got ${JSON.stringify(zone)}`,
    );
  }
  return {
    help: false,
    command: "timeline",
    files,
    out: values.out ?? "timeline.png",
    zone,
    names: values.names,
  };
}

function parse(argv: readonly string[]) {
  return parseArgs({
    args: [...argv],
    allowPositionals: true,
    strict: true,
    options: {
      section: { type: "string" },
      "no-mask": { type: "boolean" },
      "console-url": { type: "string" },
      json: { type: "boolean" },
      out: { type: "string" },
      tz: { type: "string" },
      names: { type: "string" },
      "flow-logs": { type: "string" },
      analysis: { type: "string" },
      page: { type: "string" },
      help: { type: "boolean", short: "h" },
    },
  });
}
