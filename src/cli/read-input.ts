import { readFile } from "node:fs/promises";
import { CliError, EXIT } from "./cli-error.js";

async function readStdin(stdin: NodeJS.ReadableStream): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of stdin) {
    chunks.push(typeof chunk === "string" ? Buffer.from(chunk) : chunk);
  }
  return Buffer.concat(chunks).toString("utf8");
}

/** A file's text, or standard input's for "-" or no file; an unreadable file is the user's to fix. */
export async function readInput(
  file: string | undefined,
  stdin: NodeJS.ReadableStream,
): Promise<string> {
  if (file === undefined || file === "-") return readStdin(stdin);
  try {
    return await readFile(file, "utf8");
  } catch (error) {
    const reason = (error as NodeJS.ErrnoException).code ?? String(error);
    throw new CliError(`Cannot read ${file} (${reason})`, EXIT.badInput);
  }
}
