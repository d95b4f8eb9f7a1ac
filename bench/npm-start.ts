import { spawn } from "node:child_process";
import { dirname } from "node:path";
import { healthy } from "./bot-process.js";
import type { Cleanup } from "./cleanup.js";

const TIMEOUT_MS = 15_000;

/**
 * `npm start` → first `GET /healthz` 200, as an operator starts the bot: npm's own start-up and
 * the start script's build check count. `node` comes first on PATH, so npm runs the bot on it.
 * npm runs the bot through a shell: the whole process group is stopped afterwards.
 */
export async function npmStartMs(
  env: Record<string, string>,
  port: number,
  node: string,
  cleanup: Cleanup,
): Promise<number> {
  const started = performance.now();
  const path = `${dirname(node)}:${process.env.PATH ?? "/usr/bin:/bin"}`;
  // As an operator runs it: on an old Node the start script switches to Node 24 (CCB_NODE unset).
  const { CCB_NODE: _, ...operatorEnv } = env;
  const child = spawn("npm", ["start", "--silent"], {
    env: { ...operatorEnv, PATH: path, HOME: process.env.HOME ?? "/tmp", PORT: String(port) },
    stdio: "ignore",
    detached: true,
  });
  const group = -child.pid!;
  const exited = new Promise<void>((resolve) => child.once("exit", () => resolve()));
  const kill = () => {
    try {
      process.kill(group, "SIGKILL");
    } catch {
      // Already gone.
    }
  };
  const forget = cleanup.add(`npm start (pid ${child.pid})`, async () => kill(), kill);
  try {
    const baseUrl = `http://127.0.0.1:${port}`;
    while (!(await healthy(baseUrl))) {
      if (child.exitCode !== null || performance.now() - started > TIMEOUT_MS) {
        throw new Error("bench: `npm start` did not become healthy");
      }
      await new Promise((resolve) => setTimeout(resolve, 5));
    }
    return performance.now() - started;
  } finally {
    try {
      process.kill(group, "SIGTERM");
    } catch {
      // Already gone.
    }
    await Promise.race([exited, new Promise((resolve) => setTimeout(resolve, 5000))]);
    kill();
    forget();
  }
}
