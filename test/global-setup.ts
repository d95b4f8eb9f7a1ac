import { appendFileSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

/** Where spawnRedis writes the pid of every redis-server it starts (test/support/redis-server.ts). */
export const PIDS_FILE_VARIABLE = "CCB_TEST_REDIS_PIDS";

export function recordPid(pid: number | undefined): void {
  const file = process.env[PIDS_FILE_VARIABLE];
  if (file && pid) appendFileSync(file, `${pid}\n`);
}

function isRedis(pid: number): boolean {
  try {
    return readFileSync(`/proc/${pid}/comm`, "utf8").trim() === "redis-server";
  } catch {
    return false;
  }
}

/**
 * The suite leaves no process behind: a test file that fails or times out before its afterAll
 * would leave its redis-servers running after the run (they outlive the worker that started them).
 */
export default function setup(): () => void {
  const dir = mkdtempSync(join(tmpdir(), "ccb-test-"));
  const file = join(dir, "redis.pids");
  process.env[PIDS_FILE_VARIABLE] = file;
  return () => {
    let pids: number[] = [];
    try {
      pids = readFileSync(file, "utf8").split("\n").filter(Boolean).map(Number);
    } catch {
      // No redis-server was started.
    }
    for (const pid of pids) if (isRedis(pid)) process.kill(pid, "SIGKILL");
    rmSync(dir, { recursive: true, force: true });
  };
}
