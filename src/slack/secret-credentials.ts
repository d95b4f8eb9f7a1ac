import type { SecretsManagerClient } from "@aws-sdk/client-secrets-manager";
import { UpstreamError } from "../domain/errors.js";
import { ConfigError } from "../domain/request-errors.js";
import type { Logger } from "../observability/logger.js";

export interface SlackCredentials {
  signingSecret?: string;
  botToken?: string;
  appToken?: string;
}

export interface CredentialsSource {
  /** The credentials to use now; never waits for a scheduled re-read once a value is known. */
  current(): Promise<SlackCredentials>;
  /**
   * Re-reads now (e.g. after a signature mismatch, in case the secret rotated), but at most once
   * per MIN_REFRESH_MS; inside that window it answers with the read in progress or the cache.
   */
  refresh(reason: string): Promise<SlackCredentials>;
}

type Key = keyof SlackCredentials;

const KEYS: readonly Key[] = ["signingSecret", "botToken", "appToken"];
/** So that a flood of badly signed requests cannot hammer Secrets Manager. */
const MIN_REFRESH_MS = 10_000;

/** Credentials from the environment: nothing to re-read. */
export function staticCredentials(credentials: SlackCredentials): CredentialsSource {
  const value = Promise.resolve({ ...credentials });
  return { current: () => value, refresh: () => value };
}

/**
 * Checks the secret's shape; errors name the secret and the key, never a value. Like the
 * environment: a bot token always, and a signing secret unless there is an app token (Socket Mode).
 */
function parse(secretId: string, text: string): SlackCredentials {
  const fail = (why: string) => new ConfigError("SLACK_SECRET_ID", `secret "${secretId}" ${why}`);
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    throw fail("is not JSON");
  }
  if (!json || typeof json !== "object" || Array.isArray(json)) throw fail("is not a JSON object");
  const record = json as Record<string, unknown>;
  const credentials: SlackCredentials = {};
  for (const key of KEYS) {
    const value = record[key];
    if (value === undefined || value === null || value === "") continue;
    if (typeof value !== "string") throw fail(`has a non-string "${key}"`);
    credentials[key] = value;
  }
  if (!credentials.botToken) throw fail('is missing "botToken"');
  if (!credentials.signingSecret && !credentials.appToken) {
    throw fail('is missing "signingSecret" (or "appToken" for Socket Mode)');
  }
  return credentials;
}

/**
 * Slack credentials kept in one Secrets Manager secret, a JSON object with `signingSecret`,
 * `botToken` and `appToken`. Read once, served from memory, re-read in the background every
 * `refreshSeconds` (callers keep the cached value meanwhile); concurrent callers share one read.
 * A failed re-read keeps the last good value and is retried after MIN_REFRESH_MS.
 */
export function createSecretCredentials(options: {
  client: SecretsManagerClient;
  secretId: string;
  refreshSeconds: number;
  logger: Logger;
  now?: () => number;
}): CredentialsSource {
  const { client, secretId, logger } = options;
  const now = options.now ?? Date.now;
  const maxAgeMs = options.refreshSeconds * 1000;
  let cached: { value: SlackCredentials; readAt: number } | undefined;
  let reading: Promise<SlackCredentials> | undefined;
  let lastAttempt = Number.NEGATIVE_INFINITY;
  let lastError: unknown;

  async function fetchSecret(): Promise<SlackCredentials> {
    let text: string | undefined;
    try {
      // Loaded here, not at import: without SLACK_SECRET_ID the SDK is never needed.
      const { GetSecretValueCommand } = await import("@aws-sdk/client-secrets-manager");
      const answer = await client.send(new GetSecretValueCommand({ SecretId: secretId }));
      text =
        answer.SecretString ??
        (answer.SecretBinary && Buffer.from(answer.SecretBinary).toString("utf8"));
    } catch (error) {
      const name = error instanceof Error ? error.name : "error";
      throw new UpstreamError("Secrets Manager", `GetSecretValue ${secretId}: ${name}`, {
        cause: error,
      });
    }
    if (text === undefined) {
      throw new ConfigError("SLACK_SECRET_ID", `secret "${secretId}" is empty`);
    }
    return parse(secretId, text);
  }

  function read(): Promise<SlackCredentials> {
    if (reading) return reading;
    lastAttempt = now();
    reading = fetchSecret()
      .then((value) => {
        cached = { value, readAt: now() };
        lastError = undefined;
        return value;
      })
      .catch((error: unknown) => {
        lastError = error;
        if (!cached) throw error;
        logger.error(
          { err: error, secretId },
          "re-reading Slack credentials failed, keeping the last",
        );
        return cached.value;
      })
      .finally(() => {
        reading = undefined;
      });
    return reading;
  }

  const recentlyTried = () => now() - lastAttempt < MIN_REFRESH_MS;

  return {
    async current() {
      if (!cached) {
        if (lastError && recentlyTried()) throw lastError;
        return read();
      }
      if (now() - cached.readAt >= maxAgeMs && !recentlyTried()) void read();
      return cached.value;
    },
    async refresh(reason) {
      if (reading) return reading;
      if (recentlyTried()) {
        if (cached) return cached.value;
        if (lastError) throw lastError;
      }
      logger.info({ secretId, reason }, "re-reading Slack credentials");
      return read();
    },
  };
}
