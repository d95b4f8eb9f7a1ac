#!/usr/bin/env node
import type { Writable } from "node:stream";
import type { Contact } from "@aws-sdk/client-connect";
import { renderContactMessage } from "../blocks/contact-message.js";
import { analysisCommand } from "./cli/analysis-command.js";
import { blockKitBuilderUrl } from "./cli/block-kit-builder-url.js";
import { CliError, EXIT } from "./cli/cli-error.js";
import { contactRecord } from "./cli/contact-record.js";
import { isMainModule } from "./cli/is-main-module.js";
import { parseCliArgs } from "./cli/parse-args.js";
import { readContact } from "./cli/read-contact.js";
import { readFlowLogs } from "./cli/read-flow-logs.js";
import { readInput } from "./cli/read-input.js";
import { timelineCommand } from "./cli/timeline-command.js";
import { USAGE } from "./cli/usage.js";
import type { FlowPath } from "./domain/flow-path.js";
import { parseFlowLogEvents } from "./logs/flow-log-parser.js";

// Offline by design: nothing here reads the environment or opens a connection (no src/config/config.ts),
// so the CLI runs without Slack or AWS credentials.

export interface CliIo {
  stdin: NodeJS.ReadableStream;
  stdout: Writable;
  stderr: Writable;
}

/** The flow path from saved log events; offline, so flow and queue ARNs keep their ids. */
async function flowPathFrom(
  file: string,
  contact: Contact,
  stdin: NodeJS.ReadableStream,
): Promise<FlowPath> {
  const contactId = contact.Id ?? "";
  const events = readFlowLogs(await readInput(file, stdin), file);
  const steps = parseFlowLogEvents(events, contactId, () => false);
  return { contactId, logGroup: file, steps, names: {} };
}

const describe = (error: unknown): string =>
  error instanceof Error ? (error.stack ?? error.message) : String(error);

async function render(argv: readonly string[], io: CliIo): Promise<number> {
  const args = parseCliArgs(argv);
  if (args.help) {
    io.stdout.write(USAGE);
    return EXIT.ok;
  }
  if (args.command === "timeline") return timelineCommand(args, io);
  if (args.analysis !== undefined) return analysisCommand({ ...args, analysis: args.analysis }, io);
  // A bare `render` typed at a terminal would otherwise wait silently for input.
  if (args.file === undefined && "isTTY" in io.stdin && io.stdin.isTTY) {
    throw new CliError("No input: give a file, or pipe DescribeContact's output in", EXIT.badUsage);
  }
  const text = await readInput(args.file, io.stdin);
  const source = args.file === undefined || args.file === "-" ? "standard input" : args.file;
  const contact = readContact(text, source);
  const flowPath =
    args.flowLogs === undefined ? undefined : await flowPathFrom(args.flowLogs, contact, io.stdin);
  const { blocks } = renderContactMessage(contactRecord(contact, args.consoleUrl), {
    maskEndpoints: args.mask,
    open: args.section,
    ...(flowPath && { flowPath }),
  });
  io.stdout.write(`${JSON.stringify({ blocks }, null, 2)}\n`);
  if (!args.jsonOnly) io.stdout.write(`Block Kit Builder: ${blockKitBuilderUrl(blocks)}\n`);
  return EXIT.ok;
}

/**
 * `connect-contact-bot render [options] [file | -]`: the Block Kit JSON the bot would post for a
 * DescribeContact answer (`--analysis FILE`: the Conversation section of a saved Contact Lens
 * analysis); `connect-contact-bot timeline FILE… --out timeline.png`: the Timeline picture of the
 * legs. Resolves to the exit code: 0 done, 1 bad input, 2 bad usage.
 */
export async function runCli(argv: readonly string[], io: CliIo): Promise<number> {
  try {
    return await render(argv, io);
  } catch (error) {
    if (!(error instanceof CliError)) {
      // A renderer bug, not the user's doing: show everything needed for an issue report.
      io.stderr.write(`connect-contact-bot: unexpected error\n${describe(error)}\n`);
      return EXIT.badInput;
    }
    io.stderr.write(`connect-contact-bot: ${error.message}\n`);
    if (error.exitCode === EXIT.badUsage) {
      io.stderr.write(`${USAGE.split("\n")[0]} (--help for more)\n`);
    }
    return error.exitCode;
  }
}

if (isMainModule(import.meta.url)) {
  process.exitCode = await runCli(process.argv.slice(2), process);
}
