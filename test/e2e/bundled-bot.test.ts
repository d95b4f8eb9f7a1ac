import { type ChildProcess, spawn } from "node:child_process";
import { readFileSync } from "node:fs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { voiceAnalysis } from "../fixtures/contact-lens-files.js";
import { CONTACT_IDS, CONTACTS } from "../fixtures/contacts.js";
import { freePort } from "../support/free-port.js";
import { blockActionsBody } from "../support/slack-interactive-payloads.js";
import { slashCommandBody } from "../support/slack-payloads.js";
import { postSigned } from "../support/slack-request.js";
import { eventually } from "./eventually.js";
import {
  BOT_TOKEN,
  buttonsOf,
  type Harness,
  nthAnswer,
  SIGNING_SECRET,
  startHarness,
  textOf,
} from "./harness.js";
import { TEST_INSTANCE_ID } from "./seed.js";
import { putVoiceAnalysis } from "./seed-contact-lens.js";

// The rest of the suite runs the bot from its sources; `npm start` and the Docker image run the
// esbuild bundle (scripts/bundle.mjs), whose lazily loaded chunks and native addon are resolved
// differently. This drives the bundle itself, as `npm start` starts it, through each of them: the
// Connect client (at start), CloudWatch Logs (Flow), S3 (Conversation) and resvg (Timeline).

const START_MS = 120_000;
let h: Harness;
let bot: ChildProcess | undefined;
let eventsUrl = "";
let output = "";
let n = 0;

beforeAll(async () => {
  h = await startHarness();
  putVoiceAnalysis(h.s3, CONTACTS.voiceInbound, voiceAnalysis(true), true);
  const port = await freePort();
  const [node, ...startArgs] = startCommand();
  bot = spawn(node!, startArgs, {
    stdio: ["ignore", "pipe", "pipe"],
    env: {
      PATH: process.env.PATH,
      CCB_NODE: "current",
      LOG_LEVEL: "warn",
      PORT: String(port),
      SLACK_SIGNING_SECRET: SIGNING_SECRET,
      SLACK_BOT_TOKEN: BOT_TOKEN,
      SLACK_API_URL: `${h.slack.url}/api/`,
      CONNECT_INSTANCE_ID: TEST_INSTANCE_ID,
      AWS_REGION: "us-east-1",
      MAX_ANSWER_DELAY_MS: "600000",
      MAX_EVENT_DELAY_MS: "600000",
      ...awsEnvironment(),
    },
  });
  for (const stream of [bot.stdout, bot.stderr]) {
    stream?.on("data", (chunk: Buffer) => {
      output += chunk.toString();
    });
  }
  const url = `http://127.0.0.1:${port}`;
  await eventually(
    async () => (await fetch(`${url}/readyz`).catch(() => undefined))?.ok === true,
    START_MS,
  );
  eventsUrl = `${url}/slack/events`;
}, START_MS + 10_000);

afterAll(async () => {
  bot?.kill("SIGKILL");
  await h?.stop();
});

/** `npm start` as package.json has it: its node options, then scripts/start.mjs. */
function startCommand(): string[] {
  const { scripts } = JSON.parse(readFileSync("package.json", "utf8")) as {
    scripts: Record<string, string>;
  };
  const [, ...args] = scripts.start!.split(" ");
  return [process.execPath, ...args];
}

/** The emulators' endpoints and dummy credentials, as the harness gave them to the SDK. */
function awsEnvironment(): Record<string, string> {
  return Object.fromEntries(
    Object.entries(process.env).filter(
      (entry): entry is [string, string] =>
        /^AWS_(ENDPOINT_URL_|ACCESS_KEY_ID|SECRET_ACCESS_KEY|EC2_METADATA)/.test(entry[0]) &&
        entry[1] !== undefined,
    ),
  );
}

const form = "application/x-www-form-urlencoded";

async function command(text: string) {
  const responseUrl = h.slack.responseUrl(`bundle-cmd-${n++}`);
  const ack = await postSigned(eventsUrl, slashCommandBody({ text, responseUrl }), {
    secret: SIGNING_SECRET,
    contentType: form,
  });
  expect(ack.status, output).toBe(200);
  return nthAnswer(h, responseUrl);
}

async function click(summary: unknown, actionId: string) {
  const value = buttonsOf(summary).get(actionId)?.value;
  expect(value, actionId).toBeTruthy();
  const responseUrl = h.slack.responseUrl(`bundle-act-${n++}`);
  const body = blockActionsBody({ actionId, value, isEphemeral: true, responseUrl });
  const ack = await postSigned(eventsUrl, body, { secret: SIGNING_SECRET, contentType: form });
  expect(ack.status, output).toBe(200);
  return nthAnswer(h, responseUrl);
}

describe("the bundle npm start runs", () => {
  it("answers /contact", async () => {
    expect(textOf(await command(CONTACT_IDS.voiceInbound))).toContain(CONTACT_IDS.voiceInbound);
  });

  it("opens Flow from the flow logs (the CloudWatch Logs chunk)", async () => {
    const answer = await click(await command(CONTACT_IDS.voiceInbound), "contact_section_flow");
    expect(JSON.stringify(answer)).toContain("Acme Main IVR");
  });

  it("opens Conversation from Contact Lens's file in S3 (the S3 chunk)", async () => {
    const answer = await click(await command(CONTACT_IDS.voiceInbound), "conversation");
    expect(textOf(answer)).toContain("Conversation · 📞 Voice · Inbound");
    expect(textOf(answer)).toContain("The customer wanted to cancel");
    expect(h.s3.count("GetObject")).toBeGreaterThan(0);
  });

  it("draws the Timeline with resvg and uploads it", async () => {
    await click(await command(CONTACT_IDS.chainLast), "contact_timeline");
    await eventually(async () => [...h.slack.files.values()].some((file) => file.completed));
    const [file] = [...h.slack.files.values()].filter((f) => f.completed);
    // A PNG's signature: drawn by the native addon, not the timeline in words.
    expect(file!.bytes!.subarray(1, 4).toString()).toBe("PNG");
  });
});
