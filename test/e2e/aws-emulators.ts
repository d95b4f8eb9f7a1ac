import { type LogsEmulator, startLogsEmulator } from "../support/cloudwatch-logs-emulator.js";
import { type ConnectEmulator, startConnectEmulator } from "../support/connect-emulator.js";
import {
  type ContactLensEmulator,
  startContactLensEmulator,
} from "../support/contact-lens-emulator.js";
import { type S3Emulator, startS3Emulator } from "../support/s3-emulator.js";
import { seedConnect, seedFlowLogs } from "./seed.js";
import { seedContactLens } from "./seed-contact-lens.js";

export interface AwsEmulators {
  connect: ConnectEmulator;
  /** CloudWatch Logs, holding the seeded contacts' flow logs. */
  cloudWatchLogs: LogsEmulator;
  /** S3, holding Contact Lens's analysis files (the instance's bucket: see seedContactLens). */
  s3: S3Emulator;
  /** Contact Lens's real-time segments of calls in progress. */
  contactLens: ContactLensEmulator;
  /** The S3 endpoint, which the config must be given too (it turns on path-style addressing). */
  s3Url: string;
  /** Stops the emulators this call started, not the shared ones. */
  stop(): Promise<void>;
}

/**
 * The AWS emulators of one bot, seeded, each reached through the SDK's own
 * AWS_ENDPOINT_URL_<SERVICE>; those in `share` are another bot's, used as they are.
 */
export async function startAwsEmulators(
  options: {
    share?: Partial<Pick<AwsEmulators, "connect" | "cloudWatchLogs" | "s3" | "contactLens">>;
    logsRateLimit?: { rps: number; burst: number };
  } = {},
): Promise<AwsEmulators> {
  const { share = {} } = options;
  const owned: { stop(): Promise<void> }[] = [];
  const own = async <T extends { stop(): Promise<void> }>(start: () => Promise<T>) => {
    const started = await start();
    owned.push(started);
    return started;
  };
  const connect = share.connect ?? (await own(startConnectEmulator));
  const cloudWatchLogs =
    share.cloudWatchLogs ??
    (await own(() => startLogsEmulator({ rateLimit: options.logsRateLimit })));
  const s3 = share.s3 ?? (await own(startS3Emulator));
  const contactLens = share.contactLens ?? (await own(startContactLensEmulator));
  if (!share.connect) {
    seedConnect(connect);
    seedContactLens(connect);
  }
  if (!share.cloudWatchLogs) seedFlowLogs(cloudWatchLogs);
  // A host name rather than 127.0.0.1, as in production: the bot then addresses S3 path-style.
  const s3Url = `http://localhost:${s3.port}`;
  Object.assign(process.env, {
    AWS_ENDPOINT_URL_CONNECT: connect.url,
    AWS_ENDPOINT_URL_CLOUDWATCH_LOGS: cloudWatchLogs.url,
    AWS_ENDPOINT_URL_S3: s3Url,
    AWS_ENDPOINT_URL_CONNECT_CONTACT_LENS: contactLens.url,
    AWS_ACCESS_KEY_ID: "test",
    AWS_SECRET_ACCESS_KEY: "test",
    AWS_EC2_METADATA_DISABLED: "true",
  });
  return {
    connect,
    cloudWatchLogs,
    s3,
    contactLens,
    s3Url,
    async stop() {
      await Promise.all(owned.map((emulator) => emulator.stop()));
    },
  };
}
