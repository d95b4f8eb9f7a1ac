import type { WebClient } from "@slack/web-api";
import type { Cache } from "../cache/cache.js";
import { decodeJson } from "../cache/json-codec.js";
import { createSingleFlight } from "../infra/single-flight.js";
import type { Logger } from "../observability/logger.js";
import type { Metrics } from "../observability/metrics.js";
import { slackErrorCode } from "./slack-error.js";

const METHOD = "usergroups.users.list";
const NOBODY: ReadonlySet<string> = new Set();

/**
 * Who is in a Slack user group (needs the `usergroups:read` scope), cached for `ttlSeconds`.
 * Concurrent lookups of one group share a request. When Slack fails the answer is "nobody" and
 * nothing is cached: access is denied until Slack answers again, never granted by mistake.
 */
export function createUsergroupMembers(options: {
  client: WebClient;
  cache: Cache;
  ttlSeconds: number;
  /** The bot token per call, for a client built without one (credentials can rotate). */
  token?: () => Promise<string | undefined>;
  logger?: Logger;
  metrics?: Metrics;
}): { members(usergroupId: string): Promise<ReadonlySet<string>> } {
  const { client, cache, ttlSeconds, token, logger, metrics } = options;
  const flight = createSingleFlight<ReadonlySet<string>>();

  async function read(usergroupId: string): Promise<ReadonlySet<string>> {
    const key = `usergroup:${usergroupId}`;
    const cached = decodeJson<string[]>(await cache.get(key));
    if (Array.isArray(cached)) return new Set(cached);
    try {
      const { users = [] } = await client.usergroups.users.list({
        usergroup: usergroupId,
        ...(token ? { token: await token() } : {}),
      });
      await cache.set(key, JSON.stringify(users), ttlSeconds);
      return new Set(users);
    } catch (error) {
      const code = slackErrorCode(error);
      metrics?.slackApiErrors.inc({ method: METHOD, error: code });
      logger?.warn({ usergroup: usergroupId, error: code }, "user group lookup failed, denying");
      return NOBODY;
    }
  }

  return {
    members: (usergroupId) => flight(usergroupId, () => read(usergroupId)),
  };
}
