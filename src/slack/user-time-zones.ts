import type { Logger } from "../observability/logger.js";
import { slackErrorCode } from "./slack-error.js";
import type { SlackUsers } from "./slack-users.js";

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
 * Time zones of Slack users, read with the users they belong to (one cached `users.info` serves
 * the zone and the account type). A failed lookup reads times in UTC; the next request asks again.
 */
export function createUserTimeZones(options: {
  users: SlackUsers;
  logger?: Logger;
}): UserTimeZones {
  const { users, logger } = options;
  return {
    async zoneOf(userId) {
      if (!userId) return UTC;
      try {
        const { tz } = await users.info(userId);
        return validZone(tz) ? tz : UTC;
      } catch (error) {
        const code = slackErrorCode(error);
        logger?.warn({ user: userId, error: code }, "users.info failed, reading times in UTC");
        return UTC;
      }
    },
  };
}
