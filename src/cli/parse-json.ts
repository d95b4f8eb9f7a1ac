import { CliError, EXIT } from "./cli-error.js";

/** JSON from a file or stdin; a parse error names the source and exits as bad input. */
export function parseJson(text: string, source: string): unknown {
  try {
    return JSON.parse(text);
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    throw new CliError(`${source} is not JSON (${reason})`, EXIT.badInput);
  }
}
