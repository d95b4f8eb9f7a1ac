import { seedConnect, TEST_INSTANCE_ID } from "../test/e2e/seed.js";
import { putVoiceAnalysis, seedContactLens } from "../test/e2e/seed-contact-lens.js";
import { voiceAnalysis } from "../test/fixtures/contact-lens-files.js";
import { VOICE_INBOUND } from "../test/fixtures/contacts.js";
import { type ConnectEmulator, startConnectEmulator } from "../test/support/connect-emulator.js";
import { type FakeSlack, startFakeSlack } from "../test/support/fake-slack.js";
import { freePort } from "../test/support/free-port.js";
import { type RedisServer, startRedis } from "../test/support/redis-server.js";
import { type S3Emulator, startS3Emulator } from "../test/support/s3-emulator.js";
import { type BotProcess, startBotProcess } from "./bot-process.js";
import type { Cleanup } from "./cleanup.js";
import { type ContactPool, createContactPool } from "./contact-pool.js";
import type { BenchOptions } from "./options.js";

export const SIGNING_SECRET = "bench-signing-secret-0123456789abcdef";
const BOT_TOKEN = "xoxb-bench-0000-token";

export interface Environment {
  connect: ConnectEmulator;
  slack: FakeSlack;
  redis: RedisServer;
  pool: ContactPool;
  s3: S3Emulator;
  /** Answered calls, each with Contact Lens's redacted analysis file in the instance's bucket. */
  analysed: ContactPool;
  alertChannels: string[];
  /** Environment of the bot process, as an operator would set it (PORT comes per start). */
  botEnv: Record<string, string>;
  /** A fresh bot on a free port, registered with the cleanup; `nodeArgs` e.g. `--cpu-prof`. */
  startBot(nodeArgs?: readonly string[]): Promise<BotProcess>;
}

function poolSize(options: BenchOptions): number {
  // Cold lookups with Redis up and again with it down.
  const cold = 2 * options.rounds * options.coldLookups;
  // The storm rounds, and one more over three replicas (each replica's warm-up lookup included).
  const storm = (options.stormRounds + 1) * options.storm.contacts + 3;
  return cold + storm + options.cliLookups * options.rounds + 10;
}

/** A private Redis, the Connect and S3 emulators and the fake Slack API, seeded; stopped by `cleanup`. */
export async function startEnvironment(
  options: BenchOptions,
  cleanup: Cleanup,
): Promise<Environment> {
  const redis = await startRedis();
  cleanup.add(
    "redis-server",
    () => redis.stop(),
    () => void redis.kill(),
  );
  const connect = await startConnectEmulator({
    latencyMs: options.latencyMs,
    rateLimit: { rps: options.connectRps, burst: options.connectBurst },
  });
  cleanup.add("Connect emulator", () => connect.stop());
  // Slack's chat.postMessage limit: about one message per second per channel.
  const slack = await startFakeSlack({ rateLimitPerChannel: 1 });
  cleanup.add("fake Slack", () => slack.stop());
  const s3 = await startS3Emulator();
  cleanup.add("S3 emulator", () => s3.stop());
  seedConnect(connect);
  seedContactLens(connect);
  const pool = createContactPool(connect, poolSize(options));
  const analysis = voiceAnalysis(true);
  const analysed = createContactPool(connect, options.rounds * options.conversationOpens + 1, {
    idPrefix: "b1",
    templates: [VOICE_INBOUND],
    seed: (contact) => putVoiceAnalysis(s3, contact, analysis, true),
  });
  const alertChannels = Array.from(
    { length: options.storm.channels },
    (_, i) => `CALERT${String(i).padStart(3, "0")}`,
  );
  const botEnv: Record<string, string> = {
    SLACK_SIGNING_SECRET: SIGNING_SECRET,
    SLACK_BOT_TOKEN: BOT_TOKEN,
    SLACK_API_URL: `${slack.url}/api/`,
    CONNECT_INSTANCE_ID: TEST_INSTANCE_ID,
    AWS_REGION: "us-east-1",
    // The bot runs on the Node given with --node, not the one `npm start` would switch to.
    CCB_NODE: "current",
    AWS_ENDPOINT_URL_CONNECT: connect.url,
    // A host name, so that the bot addresses S3 path-style as it would MinIO.
    AWS_ENDPOINT_URL_S3: `http://localhost:${s3.port}`,
    AWS_ACCESS_KEY_ID: "test",
    AWS_SECRET_ACCESS_KEY: "test",
    // Hermetic: no profile files, no instance-metadata probe.
    AWS_CONFIG_FILE: "/dev/null",
    AWS_SHARED_CREDENTIALS_FILE: "/dev/null",
    AWS_EC2_METADATA_DISABLED: "true",
    REDIS_URL: redis.url,
    ALERT_CHANNEL_IDS: alertChannels.join(","),
    CONNECT_MAX_RPS: String(options.connectRps),
    CONNECT_BURST: String(options.connectBurst),
    // The replicas scenario runs three: each one's share of the quota should Redis be skipped.
    CONNECT_REPLICAS: "3",
    LOG_LEVEL: "warn",
  };
  return {
    connect,
    slack,
    redis,
    pool,
    s3,
    analysed,
    alertChannels,
    botEnv,
    startBot: async (nodeArgs) =>
      startBotProcess(botEnv, await freePort(), cleanup, nodeArgs, options.node),
  };
}
