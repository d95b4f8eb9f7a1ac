import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { encodeButtonState } from "../../blocks/button-state.js";
import { CONTACT_IDS, INSTANCE_ID } from "../fixtures/contacts.js";
import {
  type SecretsManagerEmulator,
  startSecretsManagerEmulator,
} from "../support/secrets-manager-emulator.js";
import { postSigned, slashCommandBody } from "../support/slack-request.js";
import {
  answersTo,
  BOT_TOKEN,
  type Harness,
  nthAnswer,
  SIGNING_SECRET,
  startHarness,
  textOf,
} from "./harness.js";

const SECRET_ID = "connect-contact-bot/slack";
const NEW_TOKEN = "xoxb-1111-2222-rotated";
const NEW_SECRET = "4b1d9f0e7c2a44b8a1e3d5f7a9c0b2d4";

let sm: SecretsManagerEmulator;
let h: Harness;
const put = (signingSecret: string, botToken: string) =>
  sm.putSecret(SECRET_ID, JSON.stringify({ signingSecret, botToken }));
const reads = () => sm.calls.filter((c) => c.operation === "GetSecretValue").length;

beforeAll(async () => {
  sm = await startSecretsManagerEmulator();
  put(SIGNING_SECRET, BOT_TOKEN);
  process.env.AWS_ENDPOINT_URL_SECRETS_MANAGER = sm.url;
  h = await startHarness({
    redis: false,
    env: { SLACK_SECRET_ID: SECRET_ID, SLACK_SIGNING_SECRET: "", SLACK_BOT_TOKEN: "" },
  });
  h.slack.setValidTokens([BOT_TOKEN]);
});
afterAll(async () => {
  await h?.stop();
  await sm?.stop();
  delete process.env.AWS_ENDPOINT_URL_SECRETS_MANAGER;
});

/** Re-reads are at most one per 10 s (so that forged requests cannot hammer Secrets Manager). */
function pastRefreshFloor(): Promise<void> {
  return new Promise((r) => setTimeout(r, 10_000));
}

/** A section click on a public message: the bot answers with chat.update, using its token. */
async function clickPublic(): Promise<{ responseUrl: string; since: number }> {
  const since = h.slack.calls.length;
  const value = encodeButtonState({ i: INSTANCE_ID, c: CONTACT_IDS.chat });
  const { status, responseUrl } = await h.click({ actionId: "contact_section_queue", value });
  expect(status).toBe(200);
  return { responseUrl, since };
}

function updatesSince(since: number) {
  return h.slack.calls.slice(since).filter((c) => c.method === "chat.update");
}

describe("Slack credentials from Secrets Manager", () => {
  it("reads them through the SDK at start and serves requests from the cached value", async () => {
    expect(reads()).toBe(1);
    const before = reads();
    for (let i = 0; i < 10; i++) {
      const { responseUrl } = await h.command(CONTACT_IDS.chat);
      expect(textOf(await nthAnswer(h, responseUrl))).toContain(CONTACT_IDS.chat);
    }
    const { since } = await clickPublic();
    const update = await h.slack.waitFor(() => updatesSince(since)[0]);
    expect(update.token).toBe(BOT_TOKEN);
    expect(reads()).toBe(before);
  });

  it("re-reads once when Slack answers invalid_auth after the token was rotated, then uses the new one", async () => {
    await pastRefreshFloor();
    put(SIGNING_SECRET, NEW_TOKEN);
    h.slack.setValidTokens([NEW_TOKEN]);
    const before = reads();
    const failed = await Promise.all(Array.from({ length: 5 }, clickPublic));
    for (const { responseUrl } of failed) await nthAnswer(h, responseUrl);
    expect(reads()).toBe(before + 1);

    const { since } = await clickPublic();
    const update = await h.slack.waitFor(() =>
      updatesSince(since).find((c) => c.token === NEW_TOKEN && !c.error),
    );
    expect(update.args.channel).toBe("C1");
    expect(reads()).toBe(before + 1);
  }, 20_000);

  it("accepts a request signed with a rotated signing secret after one re-read; forgeries stay out without hammering", async () => {
    await pastRefreshFloor();
    put(NEW_SECRET, NEW_TOKEN);
    const before = reads();
    const responseUrl = h.slack.responseUrl();
    const body = slashCommandBody({ text: CONTACT_IDS.task, responseUrl });
    expect((await postSigned(h.eventsUrl, body, { secret: NEW_SECRET })).status).toBe(200);
    expect(textOf(await nthAnswer(h, responseUrl))).toContain(CONTACT_IDS.task);
    expect(reads()).toBe(before + 1);

    const forged = h.slack.responseUrl();
    for (let i = 0; i < 20; i++) {
      const res = await postSigned(
        h.eventsUrl,
        slashCommandBody({ text: "x", responseUrl: forged }),
        {
          secret: "an-attacker-guess",
        },
      );
      expect(res.status).toBe(401);
    }
    expect(answersTo(h.slack, forged)).toHaveLength(0);
    expect(reads()).toBe(before + 1);
  }, 20_000);
});
