import type { Contact } from "@aws-sdk/client-connect";
import { createMemoryCache } from "../../src/cache/memory-cache.js";
import { loadConfig } from "../../src/config/config.js";
import { createConnectClients } from "../../src/connect/connect-clients.js";
import { createConversations } from "../../src/conversation/create-conversations.js";
import type { ContactRecord } from "../../src/domain/contact-record.js";
import { createLimitedApi } from "../../src/infra/limited-api.js";
import { createRateLimiterFactory } from "../../src/infra/rate-limiter-factory.js";
import { type ConnectEmulator, startConnectEmulator } from "../support/connect-emulator.js";
import {
  type ContactLensEmulator,
  startContactLensEmulator,
} from "../support/contact-lens-emulator.js";
import { type S3Emulator, startS3Emulator } from "../support/s3-emulator.js";

export const INSTANCE = "11111111-2222-3333-4444-555555555555";
export const BUCKET = "amazon-connect-acme";

export interface Emulators {
  connect: ConnectEmulator;
  s3: S3Emulator;
  lens: ContactLensEmulator;
  stop(): Promise<void>;
}

const ENV = [
  "AWS_ENDPOINT_URL_CONNECT",
  "AWS_ENDPOINT_URL_S3",
  "AWS_ENDPOINT_URL_CONNECT_CONTACT_LENS",
  "AWS_ACCESS_KEY_ID",
  "AWS_SECRET_ACCESS_KEY",
  "AWS_EC2_METADATA_DISABLED",
] as const;

/**
 * The three emulators, reached the way the bot is in production: through the SDK's own
 * AWS_ENDPOINT_URL_<SERVICE> variables and its default credential chain.
 */
export async function startEmulators(): Promise<Emulators> {
  const [connect, s3, lens] = await Promise.all([
    startConnectEmulator(),
    startS3Emulator(),
    startContactLensEmulator(),
  ]);
  const saved = ENV.map((name) => [name, process.env[name]] as const);
  Object.assign(process.env, {
    AWS_ENDPOINT_URL_CONNECT: connect.url,
    // A host name rather than 127.0.0.1: only path-style addressing reaches the emulator.
    AWS_ENDPOINT_URL_S3: `http://localhost:${s3.port}`,
    AWS_ENDPOINT_URL_CONNECT_CONTACT_LENS: lens.url,
    AWS_ACCESS_KEY_ID: "test",
    AWS_SECRET_ACCESS_KEY: "test",
    AWS_EC2_METADATA_DISABLED: "true",
  });
  connect.putStorageConfig(INSTANCE, "CALL_RECORDINGS", {
    StorageType: "S3",
    S3Config: { BucketName: BUCKET, BucketPrefix: "connect/acme/CallRecordings" },
  });
  connect.putStorageConfig(INSTANCE, "CHAT_TRANSCRIPTS", {
    StorageType: "S3",
    S3Config: { BucketName: `${BUCKET}-chats`, BucketPrefix: "connect/acme/ChatTranscripts" },
  });
  return {
    connect,
    s3,
    lens,
    async stop() {
      for (const [name, value] of saved) {
        if (value === undefined) delete process.env[name];
        else process.env[name] = value;
      }
      await Promise.all([connect.stop(), s3.stop(), lens.stop()]);
    },
  };
}

/** The bot's ConversationService as runtime.ts builds it, from a config read from `env`. */
export function conversationService(env: Record<string, string> = {}, deadlineMs?: number) {
  const config = loadConfig({
    SLACK_SIGNING_SECRET: "s",
    SLACK_BOT_TOKEN: "xoxb-1",
    CONNECT_INSTANCE_ID: INSTANCE,
    AWS_REGION: "us-east-1",
    AWS_ENDPOINT_URL_S3: process.env.AWS_ENDPOINT_URL_S3 ?? "",
    CONNECT_TIMEOUT_MS: "1000",
    ...env,
  });
  const clients = createConnectClients({ ...config.connect, timeoutMs: 1000, maxAttempts: 1 });
  const rateLimiters = createRateLimiterFactory({ replicas: 1 });
  const api = createLimitedApi({ ratePerSecond: 50, burst: 50 });
  const service = createConversations({
    config,
    cache: createMemoryCache(),
    rateLimiters,
    api,
    clients,
    ...(deadlineMs && { deadlineMs }),
  });
  return {
    ...service,
    destroy() {
      service.destroy();
      clients.destroy();
    },
  };
}

export const recordOf = (contact: Contact): ContactRecord => ({
  instanceId: INSTANCE,
  region: "us-east-1",
  contact,
});
