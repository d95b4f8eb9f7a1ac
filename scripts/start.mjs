// `npm start`: build if needed, then run the bot in this same process. It used to be a prestart
// step, a second Node process (and npm lifecycle) before the bot's own: ~0.2 s of the start-up.
import module from "node:module";
import { ensureBuild } from "./ensure-build.mjs";

// Node >= 22.1 keeps compiled code of the dependencies on disk (the OS temp dir) for the next
// start: about a third of the start-up is compiling Bolt and the AWS SDK. Node 20 has no cache.
module.enableCompileCache?.();
ensureBuild();
const { runMain } = await import("../dist/src/app.js");
await runMain();
