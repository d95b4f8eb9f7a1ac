// `npm run bench:heap`: what holds the bot's memory after a burst. Heap snapshots of the bot
// (Node 24, or --node) idle and after one burst (bench/scenarios/burst.ts), written under
// bench/heap/; the constructors whose self size grew most between the two, the V8 heap's size and
// the process's largest memory mappings.
import { execFileSync } from "node:child_process";
import { mkdir, readdir, readFile } from "node:fs/promises";
import { join } from "node:path";
// @ts-expect-error: a plain .mjs start-up script, without type declarations.
import { ltsNode } from "../scripts/lts-node.mjs";
import { CONTACT_IDS } from "../test/fixtures/contacts.js";
import { sleep } from "../test/support/http-io.js";
import { createCleanup } from "./cleanup.js";
import { createDriver } from "./driver.js";
import { startEnvironment } from "./environment.js";
import { parseBenchOptions } from "./options.js";
import { answerMs } from "./scenarios/answer.js";
import { burstAgainst } from "./scenarios/burst.js";

const DIR = "bench/heap";

interface Snapshot {
  snapshot: { meta: { node_fields: string[]; node_types: [string[]] } };
  nodes: number[];
  strings: string[];
}

/** Self size by constructor (or node type for strings, code, arrays). */
async function sizesByName(file: string): Promise<Map<string, number>> {
  const heap = JSON.parse(await readFile(file, "utf8")) as Snapshot;
  const fields = heap.snapshot.meta.node_fields;
  const [typeAt, nameAt, sizeAt] = ["type", "name", "self_size"].map((f) => fields.indexOf(f));
  const types = heap.snapshot.meta.node_types[0];
  const sizes = new Map<string, number>();
  for (let i = 0; i < heap.nodes.length; i += fields.length) {
    const type = types[heap.nodes[i + typeAt!]!]!;
    const name = type === "object" ? heap.strings[heap.nodes[i + nameAt!]!]! : `(${type})`;
    sizes.set(name, (sizes.get(name) ?? 0) + heap.nodes[i + sizeAt!]!);
  }
  return sizes;
}

async function snapshot(pid: number, before: Set<string>): Promise<string> {
  process.kill(pid, "SIGUSR2");
  for (;;) {
    await sleep(500);
    const made = (await readdir(DIR)).filter((f) => f.endsWith(".heapsnapshot") && !before.has(f));
    if (made.length > 0) {
      await sleep(2000);
      return join(DIR, made[0]!);
    }
  }
}

const parsed = parseBenchOptions(process.argv.slice(2));
// Node 24, what `npm start` runs, unless --node says otherwise (it ran the bench's own Node).
const lts: string | undefined = process.argv.includes("--node")
  ? undefined
  : ltsNode({}, console.error);
const options = { ...parsed, node: lts ?? parsed.node };
const cleanup = createCleanup();
try {
  await mkdir(DIR, { recursive: true });
  const env = await startEnvironment(options, cleanup);
  const bot = await env.startBot([`--heapsnapshot-signal=SIGUSR2`, `--diagnostic-dir=${DIR}`]);
  const driver = createDriver(bot.eventsUrl, env.slack);
  await answerMs(driver, CONTACT_IDS.voiceInbound);
  await sleep(1000);
  // RSS before each snapshot: writing one costs memory of its own.
  const idleRss = bot.memory().rssMiB;
  const idle = await snapshot(bot.pid, new Set(await readdir(DIR)));
  await burstAgainst(driver, bot, env.slack, options.burst, 1);
  const burstRss = bot.memory().rssMiB;
  const v8Heap = await bot.heap();
  // Where the RSS is, summed by mapping: the anonymous mappings are mostly V8's heap pages (256 KiB
  // each) and the other threads' malloc arenas; [heap] is glibc's main arena, which writing the
  // idle snapshot grew by ~100 MiB (bench:memory measures without snapshots).
  const mappings = execFileSync(
    "sh",
    [
      "-c",
      `awk '/^[0-9a-f]+-/{n=($6 == "" ? "(anonymous)" : $6)} /^Rss:/{s[n]+=$2} END{for (k in s) print s[k], k}' /proc/${bot.pid}/smaps | sort -rn | head -5`,
    ],
    { encoding: "utf8" },
  );
  const after = await snapshot(bot.pid, new Set(await readdir(DIR)));
  const [a, b] = [await sizesByName(idle), await sizesByName(after)];
  const total = (m: Map<string, number>) => [...m.values()].reduce((x, y) => x + y, 0) / 2 ** 20;
  console.log(`RSS idle ${idleRss.toFixed(0)} MiB, after the burst ${burstRss.toFixed(0)} MiB`);
  console.log(
    `V8 heap after the burst: ${v8Heap.usedMiB.toFixed(0)} used / ${v8Heap.totalMiB.toFixed(0)} MiB`,
  );
  console.log(`RSS by mapping after the burst (KiB):\n${mappings}`);
  console.log(
    `heap idle ${total(a).toFixed(1)} MiB (${idle}), after ${total(b).toFixed(1)} MiB (${after})`,
  );
  const grown = [...b].map(([name, size]) => [name, size - (a.get(name) ?? 0)] as const);
  for (const [name, delta] of grown.sort((x, y) => y[1] - x[1]).slice(0, 20)) {
    console.log(`${(delta / 1024).toFixed(0).padStart(8)} KiB  ${name}`);
  }
} finally {
  await cleanup.run();
}
