import type { DestinationStream } from "pino";

/** A pino destination that keeps every line in memory. */
export function logCapture(): DestinationStream & { text(): string; lines(): unknown[] } {
  const chunks: string[] = [];
  return {
    write: (chunk: string) => {
      chunks.push(chunk);
    },
    text: () => chunks.join(""),
    lines: () =>
      chunks
        .join("")
        .split("\n")
        .filter(Boolean)
        .map((line) => JSON.parse(line) as unknown),
  };
}
