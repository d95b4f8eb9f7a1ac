import type { WebClient } from "@slack/web-api";
import type { Cache } from "../cache/cache.js";
import { decodeJson, encodeJson } from "../cache/json-codec.js";
import { createSingleFlight } from "../infra/single-flight.js";
import type { Metrics } from "../observability/metrics.js";
import { slackErrorCode } from "./slack-error.js";

const METHOD = "users.info";

/** What the bot keeps of a Slack user: only what an answer or a decision uses. */
export interface SlackUser {
  /** A guest (`is_restricted`) or a single-channel guest (`is_ultra_restricted`). */
  guest: boolean;
  /** IANA time zone from the profile, when there is one. */
  tz?: string;
}

export interface SlackUsers {
  /** From the cache, else one `users.info`; throws when Slack does not answer (nothing cached). */
  info(userId: string): Promise<SlackUser>;
}

function stored(value: unknown): SlackUser | undefined {
  if (typeof value !== "object" || value === null) return undefined;
  const { guest, tz } = value as Record<string, unknown>;
  if (typeof guest !== "boolean") return undefined;
  return typeof tz === "string" ? { guest, tz } : { guest };
}

/**
 * Slack users as `users.info` describes them (needs `users:read`), cached under
 * `slack-user:<id>` for `ttlSeconds`; concurrent reads of one user share a request. A failure is
 * counted and thrown, never cached: each caller decides (a time zone falls back to UTC, access is
 * refused), and the next request asks Slack again.
 */
export function createSlackUsers(options: {
  client: WebClient;
  cache: Cache;
  ttlSeconds: number;
  /** The bot token per call, for a client built without one (credentials can rotate). */
  token?: () => Promise<string | undefined>;
  metrics?: Metrics;
}): SlackUsers {
  const { client, cache, ttlSeconds, token, metrics } = options;
  const flight = createSingleFlight<SlackUser>();

  async function read(userId: string): Promise<SlackUser> {
    const key = `slack-user:${userId}`;
    const cached = stored(decodeJson<unknown>(await cache.get(key)));
    if (cached) return cached;
    try {
      const { user } = await client.users.info({
        user: userId,
        ...(token ? { token: await token() } : {}),
      });
      // An answer that does not describe the user decides nothing: refused like a failure.
      if (!user) throw new Error("users.info answered without a user");
      const found: SlackUser = {
        guest: user.is_restricted === true || user.is_ultra_restricted === true,
        ...(typeof user.tz === "string" && user.tz ? { tz: user.tz } : {}),
      };
      await cache.set(key, encodeJson(found), ttlSeconds);
      return found;
    } catch (error) {
      metrics?.slackApiErrors.inc({ method: METHOD, error: slackErrorCode(error) });
      throw error;
    }
  }

  return { info: (userId) => flight(userId, () => read(userId)) };
}
