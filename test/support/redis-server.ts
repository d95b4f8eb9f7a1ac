import { type ChildProcess, spawn } from "node:child_process";
import { createConnection } from "node:net";
import { freePort } from "./free-port.js";

/** A private redis-server on a free loopback port, so tests never touch the shared one on 6379. */
export interface RedisServer {
  port: number;
  /** Without credentials, also when the server requires a password. */
  url: string;
  /** SIGKILL, as in a crash. */
  kill(): Promise<void>;
  /** Starts again on the same port (after kill). */
  restart(): Promise<void>;
  stop(): Promise<void>;
}

/** Whether redis-server answers on `port` (NOAUTH counts: a server wanting a password answers). */
export function ping(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = createConnection({ port, host: "127.0.0.1" });
    socket.setTimeout(200);
    socket.once("connect", () => socket.write("PING\r\n"));
    socket.once("data", (data) => {
      socket.destroy();
      resolve(/^(\+PONG|-NOAUTH)/.test(data.toString()));
    });
    socket.once("error", () => resolve(false));
    socket.once("timeout", () => {
      socket.destroy();
      resolve(false);
    });
  });
}

/** Starts redis-server with `args` (after the test defaults) once `up()` says it answers. */
export async function spawnRedis(
  args: readonly string[],
  up: () => Promise<boolean>,
  cwd?: string,
): Promise<ChildProcess> {
  const child = spawn(
    "redis-server",
    ["--bind", "127.0.0.1", "--save", "", "--appendonly", "no", ...args],
    { stdio: "ignore", cwd },
  );
  const deadline = Date.now() + 5000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`redis-server exited with ${child.exitCode}`);
    if (await up()) return child;
    await new Promise((r) => setTimeout(r, 25));
  }
  child.kill("SIGKILL");
  throw new Error("redis-server did not start within 5 s (is it installed?)");
}

/** `--requirepass`: the default user needs this password (an ElastiCache AUTH token). */
function launch(port: number, password?: string): Promise<ChildProcess> {
  const auth = password ? ["--requirepass", password] : [];
  return spawnRedis(["--port", String(port), ...auth], () => ping(port));
}

export function exited(child: ChildProcess, signal: NodeJS.Signals): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    child.once("exit", () => resolve());
    child.kill(signal);
  });
}

export async function startRedis(options: { password?: string } = {}): Promise<RedisServer> {
  const port = await freePort();
  let child = await launch(port, options.password);
  return {
    port,
    url: `redis://127.0.0.1:${port}`,
    kill: () => exited(child, "SIGKILL"),
    async restart() {
      child = await launch(port, options.password);
    },
    stop: () => exited(child, "SIGTERM"),
  };
}
