import type { ChildProcess } from "node:child_process";

const TAIL_LINES = 40;

/**
 * Reads the bot's JSON log lines: counts audit lines by surface and outcome (how lookups ended,
 * which the fakes cannot see) and keeps the last other lines to explain a failure.
 */
export class LogTail {
  private readonly lines: string[] = [];
  private readonly outcomes = new Map<string, number>();

  constructor(child: ChildProcess) {
    for (const stream of [child.stdout, child.stderr]) {
      let partial = "";
      stream?.setEncoding("utf8");
      stream?.on("data", (chunk: string) => {
        const parts = (partial + chunk).split("\n");
        partial = parts.pop() ?? "";
        for (const line of parts) this.read(line);
      });
    }
  }

  /** Lookups per `surface:outcome` since the last call. */
  takeOutcomes(): Record<string, number> {
    const taken = Object.fromEntries(this.outcomes);
    this.outcomes.clear();
    return taken;
  }

  tail(): string[] {
    return [...this.lines];
  }

  private read(line: string): void {
    if (!line.trim()) return;
    if (line.includes('"msg":"audit"')) {
      try {
        const { audit } = JSON.parse(line) as { audit?: { surface?: string; outcome?: string } };
        const key = `${audit?.surface}:${audit?.outcome}`;
        this.outcomes.set(key, (this.outcomes.get(key) ?? 0) + 1);
        return;
      } catch {
        // Not an audit line after all: kept below like any other.
      }
    }
    this.lines.push(line);
    if (this.lines.length > TAIL_LINES) this.lines.shift();
  }
}
