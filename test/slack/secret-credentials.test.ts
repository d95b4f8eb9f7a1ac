import { SecretsManagerClient } from "@aws-sdk/client-secrets-manager";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { createLogger } from "../../src/observability/logger.js";
import { createSecretCredentials, staticCredentials } from "../../src/slack/secret-credentials.js";
import { logCapture } from "../support/log-capture.js";
import {
  type SecretsManagerEmulator,
  startSecretsManagerEmulator,
} from "../support/secrets-manager-emulator.js";

const SECRET_ID = "connect-contact-bot/slack";
const FIRST = { signingSecret: "first-signing-secret", botToken: "xoxb-first" };
const SECOND = { signingSecret: "second-signing-secret", botToken: "xoxb-second" };

let emulator: SecretsManagerEmulator;
let client: SecretsManagerClient;
let clock: number;
let logs: ReturnType<typeof logCapture>;

function source(refreshSeconds = 300) {
  return createSecretCredentials({
    client,
    secretId: SECRET_ID,
    refreshSeconds,
    logger: createLogger({ level: "info", destination: logs }),
    now: () => clock,
  });
}

beforeEach(async () => {
  emulator = await startSecretsManagerEmulator();
  client = new SecretsManagerClient({
    endpoint: emulator.url,
    region: "us-east-1",
    credentials: { accessKeyId: "test", secretAccessKey: "test" },
    maxAttempts: 1,
  });
  clock = 1_000_000;
  logs = logCapture();
});

afterEach(async () => {
  client.destroy();
  await emulator.stop();
});

describe("createSecretCredentials", () => {
  it("reads the secret once and serves it from memory", async () => {
    emulator.putSecret(SECRET_ID, JSON.stringify(FIRST));
    const credentials = source();
    const [a, b] = await Promise.all([credentials.current(), credentials.current()]);
    expect(a).toEqual(FIRST);
    expect(b).toEqual(FIRST);
    expect(await credentials.current()).toEqual(FIRST);
    expect(emulator.count()).toBe(1);
  });

  it("re-reads in the background after refreshSeconds, serving the cached value meanwhile", async () => {
    emulator.putSecret(SECRET_ID, JSON.stringify(FIRST));
    const credentials = source(60);
    await credentials.current();
    emulator.putSecret(SECRET_ID, JSON.stringify(SECOND));
    clock += 59_000;
    expect(await credentials.current()).toEqual(FIRST);
    expect(emulator.count()).toBe(1);
    clock += 1_000;
    expect(await credentials.current()).toEqual(FIRST);
    await vi.waitFor(async () => expect(await credentials.current()).toEqual(SECOND));
    expect(emulator.count()).toBe(2);
  });

  it("picks up a rotation on refresh(), at most once per 10 seconds", async () => {
    emulator.putSecret(SECRET_ID, JSON.stringify(FIRST));
    const credentials = source();
    await credentials.current();
    emulator.putSecret(SECRET_ID, JSON.stringify(SECOND));
    clock += 10_000;
    const flood = await Promise.all(
      Array.from({ length: 20 }, () => credentials.refresh("signature mismatch")),
    );
    expect(flood.every((value) => value.botToken === SECOND.botToken)).toBe(true);
    expect(emulator.count()).toBe(2);
    clock += 5_000;
    emulator.putSecret(SECRET_ID, JSON.stringify(FIRST));
    expect(await credentials.refresh("signature mismatch")).toEqual(SECOND);
    expect(emulator.count()).toBe(2);
    clock += 5_000;
    expect(await credentials.refresh("signature mismatch")).toEqual(FIRST);
    expect(emulator.count()).toBe(3);
    expect(logs.text()).toContain("signature mismatch");
  });

  it("keeps the last good value when a re-read fails", async () => {
    emulator.putSecret(SECRET_ID, JSON.stringify(FIRST));
    const credentials = source();
    await credentials.current();
    emulator.putSecret(SECRET_ID, "{not json");
    clock += 10_000;
    expect(await credentials.refresh("rotation")).toEqual(FIRST);
    expect(logs.text()).toContain(SECRET_ID);
  });

  it.each([
    ["not JSON", "{botToken: xoxb-secret-value", /"connect-contact-bot\/slack" is not JSON/],
    ["not an object", JSON.stringify(["xoxb-secret-value"]), /is not a JSON object/],
    [
      "missing botToken",
      JSON.stringify({ signingSecret: "s3cr3t-value" }),
      /is missing "botToken"/,
    ],
    [
      "missing signingSecret and appToken",
      JSON.stringify({ botToken: "xoxb-secret-value" }),
      /is missing "signingSecret" \(or "appToken"/,
    ],
    [
      "non-string key",
      JSON.stringify({ botToken: 42, signingSecret: "s3cr3t-value" }),
      /non-string "botToken"/,
    ],
  ])("names the secret and the problem but no value: %s", async (_case, value, message) => {
    emulator.putSecret(SECRET_ID, value);
    const error = await source()
      .current()
      .then(
        () => undefined,
        (e: unknown) => e,
      );
    expect(error).toMatchObject({ code: "CONFIG_ERROR" });
    const text = (error as Error).message;
    expect(text).toMatch(message);
    expect(text).toContain(SECRET_ID);
    expect(text).not.toMatch(/xoxb-secret-value|s3cr3t-value/);
  });

  it("accepts a Socket Mode secret without a signing secret", async () => {
    const socket = { botToken: "xoxb-1", appToken: "xapp-1" };
    emulator.putSecret(SECRET_ID, JSON.stringify(socket));
    expect(await source().current()).toEqual(socket);
  });

  it("reports a missing secret as an upstream error and does not retry within 10 seconds", async () => {
    const credentials = source();
    await expect(credentials.current()).rejects.toMatchObject({
      code: "UPSTREAM_ERROR",
      message: expect.stringContaining(`GetSecretValue ${SECRET_ID}: ResourceNotFoundException`),
    });
    await expect(credentials.current()).rejects.toMatchObject({ code: "UPSTREAM_ERROR" });
    expect(emulator.count()).toBe(1);
    emulator.putSecret(SECRET_ID, JSON.stringify(FIRST));
    clock += 10_000;
    expect(await credentials.current()).toEqual(FIRST);
  });
});

describe("staticCredentials", () => {
  it("answers the same credentials for current and refresh", async () => {
    const credentials = staticCredentials(FIRST);
    expect(await credentials.current()).toEqual(FIRST);
    expect(await credentials.refresh("signature mismatch")).toEqual(FIRST);
  });
});
