import type { WebClient } from "@slack/web-api";
import type { Cache } from "../cache/cache.js";
import { createSingleFlight } from "../connect/single-flight.js";
import type { Logger } from "../logger.js";
import type { Metrics } from "../metrics.js";
import { slackErrorCode } from "./slack-error.js";

const METHOD = "users.info";
export const UTC = "UTC";

export interface UserTimeZones {
  /** The user's IANA time zone from Slack's profile (`users.info` `tz`), or "UTC" when unknown. */
  zoneOf(userId: string | undefined): Promise<string>;
}

function validZone(zone: unknown): zone is string {
  if (typeof zone !== "string" || !zone) return false;
  try {
    new Intl.DateTimeFormat("en-US", { timeZone: zone });
    return true;
  } catch {
    return false;
  }
}

/**
 * Time zones of Slack users (needs `users:read`), cached for `ttlSeconds`; concurrent lookups of
 * one user share a request. A failed lookup reads times in UTC and is not cached, so the next
 * request asks Slack again; an answer never waits on more than one `users.info`.
 */
export function createUserTimeZones(options: {
  client: WebClient;
  cache: Cache;
  ttlSeconds: number;
  token?: () => Promise<string | undefined>;
  logger?: Logger;
  metrics?: Metrics;
}): UserTimeZones {
  const { client, cache, ttlSeconds, token, logger, metrics } = options;
  const flight = createSingleFlight<string>();

  async function read(userId: string): Promise<string> {
    const key = `tz:${userId}`;
    const cached = await cache.get(key);
    if (cached && validZone(cached)) return cached;
    try {
      const { user } = await client.users.info({
        user: userId,
        ...(token ? { token: await token() } : {}),
      });
      const zone = validZone(user?.tz) ? user.tz : UTC;
      await cache.set(key, zone, ttlSeconds);
      return zone;
    } catch (error) {
      const code = slackErrorCode(error);
      metrics?.slackApiErrors.inc({ method: METHOD, error: code });
      logger?.warn({ user: userId, error: code }, "users.info failed, reading times in UTC");
      return UTC;
    }
  }

  return {
    zoneOf(userId) {
      if (!userId) return Promise.resolve(UTC);
      return flight(userId, () => read(userId));
    },
  };
}
