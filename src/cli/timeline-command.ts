import { writeFile } from "node:fs/promises";
import type { Writable } from "node:stream";
import type { Contact } from "@aws-sdk/client-connect";
import { renderTimelineSvg } from "../../blocks/timeline/timeline-svg.js";
import { timelineHeadline } from "../../blocks/timeline/timeline-words.js";
import type { ChainLeg, ContactRecord } from "../domain/contact-record.js";
import { buildTimeline } from "../domain/timeline/build-timeline.js";
import { toDate } from "../domain/to-date.js";
import { createRasterizer } from "../timeline/rasterize.js";
import { CliError, EXIT } from "./cli-error.js";
import { contactRecord } from "./contact-record.js";
import { readContact } from "./read-contact.js";
import { readInput } from "./read-input.js";

async function readNames(file: string | undefined, stdin: NodeJS.ReadableStream) {
  if (file === undefined) return new Map<string, string>();
  let parsed: unknown;
  try {
    parsed = JSON.parse(await readInput(file, stdin));
  } catch (error) {
    if (error instanceof CliError) throw error;
    parsed = undefined;
  }
  const entries =
    parsed && typeof parsed === "object" && !Array.isArray(parsed) ? Object.entries(parsed) : [];
  if (entries.length === 0 || entries.some(([, name]) => typeof name !== "string")) {
    throw new CliError(`${file} should be a JSON object of queue / agent id → name`, EXIT.badInput);
  }
  return new Map(entries.map(([id, name]) => [id.toLowerCase(), String(name)]));
}

/** The record the bot would build, with the queue and agent names the names file gives. */
function named(contact: Contact, names: ReadonlyMap<string, string>): ContactRecord {
  const queueName = names.get(contact.QueueInfo?.Id?.toLowerCase() ?? "");
  const agentName = names.get(contact.AgentInfo?.Id?.toLowerCase() ?? "");
  return {
    ...contactRecord(contact),
    ...(queueName ? { queueName } : {}),
    ...(agentName ? { agent: { name: agentName } } : {}),
  };
}

const startOf = (leg: ChainLeg) => toDate(leg.record?.contact.InitiationTimestamp)?.getTime() ?? 0;

/**
 * `timeline FILE… --out timeline.png`: the picture the Timeline button uploads, from saved
 * `aws connect describe-contact` outputs (one per leg, oldest first whatever the order given).
 * Offline: queue and agent ids stand in for the names only Connect resolves, unless `--names`
 * gives them.
 */
export async function timelineCommand(
  args: { files: string[]; out: string; zone: string; names: string | undefined },
  io: { stdin: NodeJS.ReadableStream; stdout: Writable },
): Promise<number> {
  const names = await readNames(args.names, io.stdin);
  const legs: ChainLeg[] = [];
  for (const file of args.files) {
    const contact = readContact(
      await readInput(file, io.stdin),
      file === "-" ? "standard input" : file,
    );
    legs.push({ contactId: (contact.Id ?? "").toLowerCase(), record: named(contact, names) });
  }
  legs.sort((a, b) => startOf(a) - startOf(b));
  const timeline = buildTimeline(legs, { now: Date.now(), zone: args.zone });
  const png = await createRasterizer()(renderTimelineSvg(timeline));
  try {
    await writeFile(args.out, png);
  } catch (error) {
    const reason = (error as NodeJS.ErrnoException).code ?? String(error);
    throw new CliError(`Cannot write ${args.out} (${reason})`, EXIT.badInput);
  }
  io.stdout.write(
    `Wrote ${args.out} (${Math.ceil(png.length / 1024)} KB): ${timelineHeadline(timeline)}\n`,
  );
  return EXIT.ok;
}
