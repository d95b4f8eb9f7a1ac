import { bool, type Env, num } from "./env.js";

/** Who may see what beyond the access lists: Slack Connect channels and guest accounts. */
export interface PrivacyConfig {
  /**
   * Unfurl console links in channels shared with other organisations (Slack Connect). Off by
   * default: an unfurl is public to everyone in the channel, people of other companies included.
   */
  unfurlSharedChannels: boolean;
  /**
   * How long a Slack user's account type (guest or not) and time zone are cached: a member turned
   * guest keeps access for at most this long.
   */
  usersTtlSeconds: number;
}

export function privacyConfig(env: Env): PrivacyConfig {
  return {
    unfurlSharedChannels: bool(env, "UNFURL_SHARED_CHANNELS", false),
    usersTtlSeconds: num(env, "CACHE_TTL_USERS_SECONDS", 600, 1),
  };
}
