/** Exit codes: scripts tell a bad file (1) from a mistyped command line (2). */
export const EXIT = { ok: 0, badInput: 1, badUsage: 2 } as const;

/** A failure the CLI explains on stderr and turns into an exit code, never a stack trace. */
export class CliError extends Error {
  constructor(
    message: string,
    readonly exitCode: typeof EXIT.badInput | typeof EXIT.badUsage,
  ) {
    super(message);
    this.name = new.target.name;
  }
}
