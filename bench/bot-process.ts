import { type ChildProcess, spawn } from "node:child_process";
import { readFileSync } from "node:fs";
import type { Cleanup } from "./cleanup.js";
import { LogTail } from "./log-tail.js";

export interface BotProcess {
  pid: number;
  baseUrl: string;
  eventsUrl: string;
  /** Spawn → first `GET /healthz` 200. */
  startupMs: number;
  logs: LogTail;
  /** VmRSS and VmHWM (peak) of the child, in MiB. */
  memory(): { rssMiB: number; peakMiB: number };
  /** CPU time (user + system) the child has used so far, in ms (10 ms resolution). */
  cpuMs(): number;
  /** V8 heap used and reserved, from the bot's own `GET /metrics`, in MiB. */
  heap(): Promise<{ usedMiB: number; totalMiB: number }>;
  stop(): Promise<void>;
}

const STARTUP_TIMEOUT_MS = 15_000;
/** USER_HZ: 100 on every Linux the bench targets. */
const TICKS_PER_SECOND = 100;

function exited(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((resolve) => child.once("exit", () => resolve()));
}

export async function healthy(baseUrl: string): Promise<boolean> {
  try {
    const res = await fetch(`${baseUrl}/healthz`);
    await res.arrayBuffer();
    return res.status === 200;
  } catch {
    return false;
  }
}

function statusKiB(pid: number, field: string): number {
  const status = readFileSync(`/proc/${pid}/status`, "utf8");
  const match = new RegExp(`^${field}:\\s+(\\d+) kB`, "m").exec(status);
  return match ? Number(match[1]) : Number.NaN;
}

/** The node arguments of package.json's `start` script, so the bench runs what `npm start` runs. */
function startArgs(): string[] {
  const pkg = JSON.parse(readFileSync("package.json", "utf8")) as { scripts: { start: string } };
  const [command, ...args] = pkg.scripts.start.trim().split(/\s+/);
  if (command !== "node")
    throw new Error(`bench: cannot run the start script "${pkg.scripts.start}"`);
  return args;
}

/** What `npm start` runs once built, as a child with exactly `env` (npm's own process left out). */
export async function startBotProcess(
  env: Record<string, string>,
  port: number,
  cleanup: Cleanup,
  nodeArgs: readonly string[] = [],
  node: string = process.execPath,
): Promise<BotProcess> {
  const started = performance.now();
  const child = spawn(node, [...nodeArgs, ...startArgs()], {
    env: { PATH: process.env.PATH ?? "/usr/bin:/bin", ...env, PORT: String(port) },
    stdio: ["ignore", "pipe", "pipe"],
  });
  const kill = () => void child.kill("SIGKILL");
  const stop = async () => {
    child.kill("SIGTERM");
    await exited(child);
  };
  const forget = cleanup.add(`bot (pid ${child.pid})`, stop, kill);
  const logs = new LogTail(child);
  const baseUrl = `http://127.0.0.1:${port}`;
  const deadline = started + STARTUP_TIMEOUT_MS;
  while (!(await healthy(baseUrl))) {
    if (child.exitCode !== null || performance.now() > deadline) {
      kill();
      forget();
      throw new Error(`the bot did not become healthy:\n${logs.tail().join("\n")}`);
    }
    await new Promise((resolve) => setTimeout(resolve, 5));
  }
  const startupMs = performance.now() - started;
  const pid = child.pid!;
  return {
    pid,
    baseUrl,
    eventsUrl: `${baseUrl}/slack/events`,
    startupMs,
    logs,
    memory: () => ({
      rssMiB: statusKiB(pid, "VmRSS") / 1024,
      peakMiB: statusKiB(pid, "VmHWM") / 1024,
    }),
    cpuMs: () => {
      // Fields 14 and 15 of /proc/<pid>/stat, counted after the parenthesised command name.
      const fields = readFileSync(`/proc/${pid}/stat`, "utf8").split(") ")[1]!.split(" ");
      return ((Number(fields[11]) + Number(fields[12])) * 1000) / TICKS_PER_SECOND;
    },
    async heap() {
      const text = await (await fetch(`${baseUrl}/metrics`)).text();
      const gauge = (name: string) =>
        Number(new RegExp(`^${name} (\\S+)$`, "m").exec(text)?.[1]) / 2 ** 20;
      return {
        usedMiB: gauge("nodejs_heap_size_used_bytes"),
        totalMiB: gauge("nodejs_heap_size_total_bytes"),
      };
    },
    async stop() {
      await stop();
      forget();
    },
  };
}
