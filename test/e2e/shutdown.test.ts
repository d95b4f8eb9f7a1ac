import { type ChildProcess, execFile, spawn } from "node:child_process";
import { existsSync } from "node:fs";
import { createInterface } from "node:readline";
import { promisify } from "node:util";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { CONSOLE_BASE_URL, CONTACT_IDS } from "../fixtures/contacts.js";
import { type ConnectEmulator, startConnectEmulator } from "../support/connect-emulator.js";
import { type FakeSlack, startFakeSlack } from "../support/fake-slack.js";
import { postSigned, slashCommandBody } from "../support/slack-request.js";
import { waitFor } from "../support/wait-for.js";
import { answersTo, BOT_TOKEN, SIGNING_SECRET, textOf } from "./harness.js";
import { seedConnect, TEST_INSTANCE_ID } from "./seed.js";

// A directory of its own under dist/, so that builds by other tests never swap files under it.
const OUT_DIR = "dist/shutdown-test";
const ENTRY = `${OUT_DIR}/src/app.js`;

interface Bot {
  child: ChildProcess;
  port: number;
  exited: Promise<{ code: number | null; at: number }>;
  /** What the bot logged so far, one JSON line each. */
  logs: { msg?: string }[];
}

let slack: FakeSlack;
let connect: ConnectEmulator;
let running: Bot | undefined;

beforeAll(async () => {
  // tsc exits non-zero on a type error anywhere, yet still emits; what counts is the entry point.
  await promisify(execFile)("npx", ["tsc", "-p", "tsconfig.build.json", "--outDir", OUT_DIR]).catch(
    () => undefined,
  );
  expect(existsSync(ENTRY)).toBe(true);
  slack = await startFakeSlack();
  connect = await startConnectEmulator();
  seedConnect(connect);
}, 120_000);
afterAll(async () => {
  await Promise.all([slack?.stop(), connect?.stop()]);
});
afterEach(() => {
  if (running?.child.exitCode === null) running.child.kill("SIGKILL");
  connect.setLatency(0);
});

/** Starts the built bot and resolves once it logged the port it bound. */
async function startBot(): Promise<Bot> {
  const child = spawn(process.execPath, [ENTRY], {
    env: {
      PATH: process.env.PATH,
      MAX_ANSWER_DELAY_MS: "600000",
      MAX_EVENT_DELAY_MS: "600000",
      SLACK_SIGNING_SECRET: SIGNING_SECRET,
      SLACK_BOT_TOKEN: BOT_TOKEN,
      SLACK_API_URL: `${slack.url}/api/`,
      PORT: "0",
      CONNECT_INSTANCE_ID: TEST_INSTANCE_ID,
      CONNECT_CONSOLE_URL: CONSOLE_BASE_URL,
      AWS_REGION: "us-east-1",
      AWS_ENDPOINT_URL_CONNECT: connect.url,
      AWS_ACCESS_KEY_ID: "test",
      AWS_SECRET_ACCESS_KEY: "test",
      AWS_EC2_METADATA_DISABLED: "true",
    },
    stdio: ["ignore", "pipe", "inherit"],
  });
  const exited = new Promise<{ code: number | null; at: number }>((resolve) =>
    child.once("exit", (code) => resolve({ code, at: Date.now() })),
  );
  const bot: Bot = { child, port: 0, exited, logs: [] };
  running = bot;
  const started = new Promise<Bot>((resolve, reject) => {
    // Read to the end: the tests wait for what the bot logs after it started.
    createInterface({ input: child.stdout! })
      .on("line", (line) => {
        const entry = JSON.parse(line) as { msg?: string; port?: number };
        bot.logs.push(entry);
        if (entry.msg === "connect-contact-bot started" && entry.port) {
          bot.port = entry.port;
          resolve(bot);
        }
      })
      .on("close", () =>
        exited.then(({ code }) => reject(new Error(`the bot exited before it started: ${code}`))),
      );
  });
  return started;
}

/** A /contact that takes about 1.5 s (one slow DescribeContact); resolves once acked. */
async function slowLookup(bot: Bot): Promise<string> {
  connect.setLatency(1500);
  const responseUrl = slack.responseUrl();
  const body = slashCommandBody({ text: CONTACT_IDS.minimal, responseUrl });
  const url = `http://127.0.0.1:${bot.port}/slack/events`;
  expect((await postSigned(url, body, { secret: SIGNING_SECRET })).status).toBe(200);
  return responseUrl;
}

describe("signals, on the built bot", () => {
  it("SIGTERM: finishes the acked lookup, answers it, then exits 0", async () => {
    const bot = await startBot();
    const responseUrl = await slowLookup(bot);
    const signalledAt = Date.now();
    bot.child.kill("SIGTERM");
    const { code, at } = await bot.exited;
    const [answer] = answersTo(slack, responseUrl);
    console.log(
      `SIGTERM during a 1.5 s lookup: answered, then exited ${code} after ${at - signalledAt} ms`,
    );
    expect(code).toBe(0);
    expect(textOf(answer)).toContain(CONTACT_IDS.minimal);
    expect(at - signalledAt).toBeGreaterThan(1000);
  });

  it("a second SIGTERM exits at once, non-zero, without waiting for the lookup", async () => {
    const bot = await startBot();
    const responseUrl = await slowLookup(bot);
    bot.child.kill("SIGTERM");
    await waitFor(() => bot.logs.some((l) => l.msg === "draining before exit"));
    const secondAt = Date.now();
    bot.child.kill("SIGTERM");
    const { code, at } = await bot.exited;
    console.log(`second SIGTERM: exited ${code} after ${at - secondAt} ms`);
    expect(code).not.toBe(0);
    expect(bot.logs.map((l) => l.msg)).toContain("second signal: exiting now");
    // It exited before the lookup could answer: it did not wait for it.
    expect(answersTo(slack, responseUrl)).toHaveLength(0);
  });
});
