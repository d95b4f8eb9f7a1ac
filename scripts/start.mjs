// `npm start`: build if needed, then run the bot in this same process. It used to be a prestart
// step, a second Node process (and npm lifecycle) before the bot's own: ~0.2 s of the start-up.
// On a Node without SO_REUSEPORT the bot runs on Node 24 instead, as a child of this process.
import { spawn } from "node:child_process";
import module from "node:module";
import { ensureBuild } from "./ensure-build.mjs";
import { collectWhenIdle } from "./idle-gc.mjs";
import { ltsNode } from "./lts-node.mjs";

await ensureBuild();
const lts = ltsNode();
if (lts) {
  console.error(
    `connect-contact-bot: Node ${process.version} has no SO_REUSEPORT: running on Node 24 LTS (${lts}); CCB_NODE=current keeps this Node`,
  );
  const child = spawn(lts, [...process.execArgv, ...process.argv.slice(1)], {
    stdio: "inherit",
    env: { ...process.env, CCB_NODE: "current" },
  });
  for (const signal of ["SIGTERM", "SIGINT", "SIGHUP"]) {
    process.on(signal, () => child.kill(signal));
  }
  child.on("exit", (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
} else {
  // Node >= 22.1 keeps compiled code of the dependencies on disk (the OS temp dir) for the next
  // start: about a third of the start-up is compiling Bolt and the AWS SDK. Node 20 has no cache.
  module.enableCompileCache?.();
  collectWhenIdle();
  const { runMain } = await import("../dist/bot/app.js");
  await runMain();
}
