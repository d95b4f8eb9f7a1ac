import { type ChildProcess, execFile } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";
import { exited, ping, spawnRedis } from "./redis-server.js";

const run = promisify(execFile);

export interface RedisCluster {
  /** The first master, standing in for ElastiCache's configuration endpoint; no credentials. */
  url: string;
  ports: number[];
  /** SIGKILLs one master, as in a node failure. */
  kill(index: number): Promise<void>;
  stop(): Promise<void>;
}

function free(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const server = createServer();
    server.once("error", () => resolve(false));
    server.listen(port, "127.0.0.1", () => server.close(() => resolve(true)));
  });
}

/** A port whose cluster bus port (+10000) is free too, both below the ephemeral range. */
async function clusterPort(taken: number[]): Promise<number> {
  for (;;) {
    const port = 20_000 + Math.floor(Math.random() * 10_000);
    if (taken.includes(port)) continue;
    if ((await free(port)) && (await free(port + 10_000))) return port;
  }
}

/** redis-cli's options to log in with `password`, without its warning about `-a`. */
const cliAuth = (password?: string) => (password ? ["--no-auth-warning", "-a", password] : []);

async function clusterOk(port: number, password?: string): Promise<boolean> {
  const args = ["-p", String(port), ...cliAuth(password), "cluster", "info"];
  const { stdout } = await run("redis-cli", args);
  return stdout.includes("cluster_state:ok");
}

/**
 * Three masters, no replicas, slots spread by `redis-cli --cluster create`; with `password`
 * every node requires it, as an ElastiCache cluster with an AUTH token does.
 */
export async function startRedisCluster(
  options: { password?: string } = {},
): Promise<RedisCluster> {
  const { password } = options;
  const auth = password ? ["--requirepass", password, "--masterauth", password] : [];
  const dir = mkdtempSync(join(tmpdir(), "ccb-redis-cluster-"));
  const ports: number[] = [];
  for (let i = 0; i < 3; i++) ports.push(await clusterPort(ports));
  const nodes: ChildProcess[] = await Promise.all(
    ports.map((port) =>
      spawnRedis(
        ["--port", String(port), "--cluster-enabled", "yes"].concat([
          "--cluster-config-file",
          `nodes-${port}.conf`,
          "--cluster-node-timeout",
          "1000",
          ...auth,
        ]),
        () => ping(port),
        dir,
      ),
    ),
  );
  const addresses = ports.map((port) => `127.0.0.1:${port}`);
  await run(
    "redis-cli",
    ["--cluster", "create", ...addresses, "--cluster-replicas", "0"].concat(
      ["--cluster-yes"],
      cliAuth(password),
    ),
  );
  const deadline = Date.now() + 10_000;
  while (!(await Promise.all(ports.map((port) => clusterOk(port, password)))).every(Boolean)) {
    if (Date.now() > deadline) throw new Error("redis cluster not ok within 10 s");
    await new Promise((r) => setTimeout(r, 100));
  }
  return {
    url: `redis://127.0.0.1:${ports[0]}`,
    ports,
    kill: (index) => exited(nodes[index]!, "SIGKILL"),
    async stop() {
      await Promise.all(nodes.map((node) => exited(node, "SIGTERM")));
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
