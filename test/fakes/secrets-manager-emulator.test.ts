import {
  GetSecretValueCommand,
  ResourceNotFoundException,
  SecretsManagerClient,
} from "@aws-sdk/client-secrets-manager";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { emulatorClientConfig } from "../support/emulator-client-config.js";
import {
  type SecretsManagerEmulator,
  startSecretsManagerEmulator,
} from "../support/secrets-manager-emulator.js";

describe("secrets manager emulator with the real SecretsManagerClient", () => {
  let emulator: SecretsManagerEmulator;
  let client: SecretsManagerClient;

  beforeAll(async () => {
    emulator = await startSecretsManagerEmulator();
    client = new SecretsManagerClient(emulatorClientConfig(emulator.url));
  });
  afterAll(async () => {
    client.destroy();
    await emulator.stop();
  });

  it("returns the secret, by name and by ARN, and a new version after rotation", async () => {
    const before = Date.now();
    emulator.putSecret("bot/slack", '{"botToken":"xoxb-1"}');
    const first = await client.send(new GetSecretValueCommand({ SecretId: "bot/slack" }));
    expect(first).toMatchObject({ Name: "bot/slack", SecretString: '{"botToken":"xoxb-1"}' });
    expect(first.ARN).toMatch(/^arn:aws:secretsmanager:us-east-1:\d{12}:secret:bot\/slack-\w{6}$/);
    expect(first.CreatedDate).toBeInstanceOf(Date);
    expect(first.CreatedDate!.getTime()).toBeGreaterThanOrEqual(before - 1000);

    emulator.putSecret("bot/slack", '{"botToken":"xoxb-2"}');
    const rotated = await client.send(new GetSecretValueCommand({ SecretId: first.ARN! }));
    expect(rotated.SecretString).toBe('{"botToken":"xoxb-2"}');
    expect(rotated.VersionId).not.toBe(first.VersionId);
    expect(rotated.ARN).toBe(first.ARN);
    expect(emulator.count()).toBe(2);
    expect(emulator.calls[0]).toMatchObject({ operation: "GetSecretValue", secretId: "bot/slack" });
  });

  it("throws the SDK's ResourceNotFoundException for an unknown secret", async () => {
    const missing = client.send(new GetSecretValueCommand({ SecretId: "nope" }));
    await expect(missing).rejects.toBeInstanceOf(ResourceNotFoundException);
    await expect(missing).rejects.toMatchObject({
      name: "ResourceNotFoundException",
      $metadata: { httpStatusCode: 400 },
    });
  });

  it("is reached through AWS_ENDPOINT_URL_SECRETS_MANAGER", async () => {
    emulator.putSecret("env/secret", "value");
    const saved = process.env.AWS_ENDPOINT_URL_SECRETS_MANAGER;
    process.env.AWS_ENDPOINT_URL_SECRETS_MANAGER = emulator.url;
    try {
      const fromEnv = new SecretsManagerClient({
        region: "us-east-1",
        credentials: { accessKeyId: "test", secretAccessKey: "test" },
      });
      const out = await fromEnv.send(new GetSecretValueCommand({ SecretId: "env/secret" }));
      expect(out.SecretString).toBe("value");
      fromEnv.destroy();
    } finally {
      if (saved === undefined) delete process.env.AWS_ENDPOINT_URL_SECRETS_MANAGER;
      else process.env.AWS_ENDPOINT_URL_SECRETS_MANAGER = saved;
    }
  });
});
