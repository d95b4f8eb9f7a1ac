import pino from "pino";
import { maskFreeText } from "../domain/masking/free-text-mask.js";

export type Logger = pino.Logger;

const SECRET_KEYS = [
  "token",
  "botToken",
  "appToken",
  "signingSecret",
  "clientSecret",
  "SecretString",
  "authorization",
  "Authorization",
  // Contact fields that carry the customer's phone number or email address.
  "CustomerEndpoint",
  "customerEndpoint",
  "AdditionalEmailRecipients",
];

// Wildcards match one level each; four levels reach e.g. `result.record.contact.CustomerEndpoint`.
const REDACT_PATHS = SECRET_KEYS.flatMap((key) =>
  ["", "*.", "*.*.", "*.*.*."].map((prefix) => `${prefix}${key}`),
).concat(
  // ioredis puts the failed command on its errors (`err.command`, and a cluster's
  // `err.lastNodeError.command`): AUTH's and HELLO's arguments are Redis's password, a SET's the
  // cached contact. Its name stays, for the diagnosis.
  ["*.command.args", "*.*.command.args"],
);

/** Slack tokens and request signatures. */
const SECRETS = /\bxox[a-z](?:\.xox[a-z])?-[A-Za-z0-9-]+|\bxapp-[A-Za-z0-9-]+|\bv0=[0-9a-fA-F]+/g;

const CENSOR = "[redacted]";

/**
 * Runs on every serialised line, so what slipped into messages, error texts or fields the paths
 * above do not reach is still removed: secrets, and customer details masked as messages mask them
 * (card numbers, phone numbers in any format, email addresses), whatever MASK_CUSTOMER_ENDPOINTS
 * says.
 */
function scrub(line: string): string {
  return maskFreeText(line.replace(SECRETS, CENSOR), { endpoints: true });
}

/** The one pino logger of the process: JSON lines, ISO time, level names, secrets redacted. */
export function createLogger(options: {
  level: string;
  destination?: pino.DestinationStream;
}): Logger {
  const out = options.destination ? undefined : stdout();
  const settings: pino.LoggerOptions = {
    level: options.level,
    timestamp: pino.stdTimeFunctions.isoTime,
    formatters: { level: (label) => ({ level: label }) },
    redact: { paths: REDACT_PATHS, censor: CENSOR },
    hooks: {
      streamWrite: (line) => {
        out?.written();
        return scrub(line);
      },
    },
  };
  return pino(settings, options.destination ?? out!.stream);
}

/** What stdout may hold unread before lines are dropped (and said so on stderr). */
const MAX_BUFFERED_BYTES = 16 * 1024 * 1024;
/** Lines are written in batches of this size, or after FLUSH_EVERY_MS at the latest. */
const BATCH_BYTES = 4096;
const FLUSH_EVERY_MS = 200;

/**
 * Asynchronous, batched stdout. pino's default writes synchronously and, when the reader of the
 * pipe lags (a busy log shipper, the bench), busy-waits on EAGAIN: the whole event loop stopped
 * for 100 ms at a time, no request accepted or acked. And a write per line was a system call per
 * lookup (the audit line), ~0.5 ms of a request on a loaded machine. Lines are buffered instead,
 * written ~10 at a time or within 200 ms, and flushed on exit.
 */
function stdout(): { stream: pino.DestinationStream; written(): void } {
  const stream = pino.destination({
    dest: 1,
    sync: false,
    minLength: BATCH_BYTES,
    maxLength: MAX_BUFFERED_BYTES,
  });
  let warnedAt = 0;
  stream.on("drop", () => {
    if (Date.now() - warnedAt < 10_000) return;
    warnedAt = Date.now();
    process.stderr.write("connect-contact-bot: stdout is not being read; log lines dropped\n");
  });
  let pending = false;
  setInterval(() => {
    if (!pending) return;
    pending = false;
    stream.flush();
  }, FLUSH_EVERY_MS).unref();
  return {
    stream,
    written: () => {
      pending = true;
    },
  };
}
