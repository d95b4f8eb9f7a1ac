import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { encodeButtonState } from "../../blocks/button-state.js";
import { CONTACT_IDS, INSTANCE_ID } from "../fixtures/contacts.js";
import { startBlackholeProxy } from "../support/blackhole-proxy.js";
import {
  type SecretsManagerEmulator,
  startSecretsManagerEmulator,
} from "../support/secrets-manager-emulator.js";
import { BOT_TOKEN, type Harness, SIGNING_SECRET, startHarness } from "./harness.js";

const SECRET_ID = "connect-contact-bot/slack";
const NEW_TOKEN = "xoxb-1111-2222-rotated";

let sm: SecretsManagerEmulator;
let h: Harness;
beforeAll(async () => {
  sm = await startSecretsManagerEmulator();
  sm.putSecret(SECRET_ID, JSON.stringify({ signingSecret: SIGNING_SECRET, botToken: BOT_TOKEN }));
  process.env.AWS_ENDPOINT_URL_SECRETS_MANAGER = sm.url;
  h = await startHarness({
    redis: false,
    env: {
      SLACK_SECRET_ID: SECRET_ID,
      SLACK_SECRET_REFRESH_SECONDS: "1",
      SLACK_SIGNING_SECRET: "",
      SLACK_BOT_TOKEN: "",
    },
  });
});
afterAll(async () => {
  await h?.stop();
  await sm?.stop();
  delete process.env.AWS_ENDPOINT_URL_SECRETS_MANAGER;
});

describe("SLACK_SECRET_REFRESH_SECONDS", () => {
  it("picks up a rotated token in the background, with no failed call", {
    timeout: 60_000,
  }, async () => {
    h.slack.setValidTokens([BOT_TOKEN, NEW_TOKEN]);
    sm.putSecret(SECRET_ID, JSON.stringify({ signingSecret: SIGNING_SECRET, botToken: NEW_TOKEN }));
    const value = encodeButtonState({ i: INSTANCE_ID, c: CONTACT_IDS.chat });
    const usesNewToken = () =>
      h.slack.calls.some((c) => c.method === "chat.update" && c.token === NEW_TOKEN);
    // Scheduled re-reads also respect the 10 s floor between reads, whatever the interval: click
    // once a second until an update carries the new token (the test's timeout bounds the wait).
    while (!usesNewToken()) {
      await h.click({ actionId: "contact_section_queue", value });
      await new Promise((r) => setTimeout(r, 1000));
    }
    expect(h.slack.calls.filter((c) => c.error)).toEqual([]);
    expect(sm.calls.filter((c) => c.secretId === SECRET_ID)).toHaveLength(2);
  });
});

describe("a Secrets Manager that does not answer", () => {
  it("fails the start with a timeout, naming the secret, instead of hanging", async () => {
    const proxy = await startBlackholeProxy(sm.port);
    proxy.blackhole();
    process.env.AWS_ENDPOINT_URL_SECRETS_MANAGER = `http://127.0.0.1:${proxy.port}`;
    const started = Date.now();
    try {
      // The SDK's request timeout gave up on the silent endpoint; a hang fails the test.
      await expect(
        startHarness({
          share: { slack: h.slack, connect: h.connect },
          redis: false,
          env: { SLACK_SECRET_ID: SECRET_ID, SLACK_SIGNING_SECRET: "", SLACK_BOT_TOKEN: "" },
        }),
      ).rejects.toThrow(`GetSecretValue ${SECRET_ID}: TimeoutError`);
      console.log(`Secrets Manager black-holed: start failed after ${Date.now() - started} ms`);
    } finally {
      process.env.AWS_ENDPOINT_URL_SECRETS_MANAGER = sm.url;
      await proxy.stop();
    }
  });
});
