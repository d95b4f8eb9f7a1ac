import pino from "pino";

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
);

/**
 * Runs on every serialised line, so secrets that slipped into messages, error texts or fields the
 * paths above do not reach are still removed: Slack tokens, request signatures, E.164 phone
 * numbers and email addresses.
 */
const SCRUB =
  /\bxox[a-z](?:\.xox[a-z])?-[A-Za-z0-9-]+|\bxapp-[A-Za-z0-9-]+|\bv0=[0-9a-fA-F]+|\+[1-9]\d{6,14}\b|[\w.+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}\b/g;

const CENSOR = "[redacted]";

function scrub(line: string): string {
  return line.replace(SCRUB, CENSOR);
}

/** The one pino logger of the process: JSON lines, ISO time, level names, secrets redacted. */
export function createLogger(options: {
  level: string;
  destination?: pino.DestinationStream;
}): Logger {
  const settings: pino.LoggerOptions = {
    level: options.level,
    timestamp: pino.stdTimeFunctions.isoTime,
    formatters: { level: (label) => ({ level: label }) },
    redact: { paths: REDACT_PATHS, censor: CENSOR },
    hooks: { streamWrite: scrub },
  };
  return options.destination ? pino(settings, options.destination) : pino(settings);
}
