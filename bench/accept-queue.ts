import { readFileSync } from "node:fs";

/**
 * The listen socket's accept queue: connections the kernel has completed but the bot has not yet
 * accept()ed. For a LISTEN socket (state 0A) /proc/net/tcp{,6} shows that count as rx_queue.
 */
export function acceptQueueDepth(port: number): number {
  const hexPort = port.toString(16).toUpperCase().padStart(4, "0");
  let depth = 0;
  for (const file of ["/proc/net/tcp", "/proc/net/tcp6"]) {
    let text: string;
    try {
      text = readFileSync(file, "utf8");
    } catch {
      continue;
    }
    for (const line of text.split("\n").slice(1)) {
      const cols = line.trim().split(/\s+/);
      if (cols[3] !== "0A" || !cols[1]?.endsWith(`:${hexPort}`)) continue;
      depth += Number.parseInt(cols[4]?.split(":")[1] ?? "0", 16);
    }
  }
  return depth;
}

/** Samples the depth every `everyMs` until stopped: the largest seen, and when. */
export function sampleAcceptQueue(port: number, everyMs = 10) {
  const started = performance.now();
  let max = 0;
  let atMs = 0;
  const samples: [number, number][] = [];
  const timer = setInterval(() => {
    const depth = acceptQueueDepth(port);
    const at = performance.now() - started;
    samples.push([Math.round(at), depth]);
    if (depth > max) [max, atMs] = [depth, at];
  }, everyMs);
  return {
    stop() {
      clearInterval(timer);
      return { max, atMs: Math.round(atMs), samples };
    },
  };
}
