import { readFileSync } from "node:fs";
import { Readable, Writable } from "node:stream";
import { runCli } from "../../src/cli.js";

export const FIXTURE = "test/fixtures/describe-contact.json";
export const fixtureText = (): string => readFileSync(FIXTURE, "utf8");

export interface CliResult {
  code: number;
  stdout: string;
  stderr: string;
}

function sink(append: (text: string) => void): Writable {
  return new Writable({
    write(chunk: Buffer | string, _encoding, done) {
      append(String(chunk));
      done();
    },
  });
}

/** runCli in process with captured output; `stdin` is what a pipe would carry. */
export async function runCliCaptured(
  argv: string[],
  stdin = "",
  options: { tty?: boolean } = {},
): Promise<CliResult> {
  let stdout = "";
  let stderr = "";
  const input = Object.assign(Readable.from([stdin]), { isTTY: options.tty ?? false });
  const code = await runCli(argv, {
    stdin: input,
    stdout: sink((text) => {
      stdout += text;
    }),
    stderr: sink((text) => {
      stderr += text;
    }),
  });
  return { code, stdout, stderr };
}

/** Splits CLI output into the blocks JSON and the Block Kit Builder URL (if printed). */
export function parseOutput(stdout: string): { blocks: unknown[]; builderUrl?: string } {
  const marker = "\nBlock Kit Builder: ";
  const at = stdout.indexOf(marker);
  const json = at === -1 ? stdout : stdout.slice(0, at + 1);
  const { blocks } = JSON.parse(json) as { blocks: unknown[] };
  if (at === -1) return { blocks };
  return { blocks, builderUrl: stdout.slice(at + marker.length).trimEnd() };
}
