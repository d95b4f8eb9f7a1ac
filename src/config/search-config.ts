import { ConfigError } from "../domain/request-errors.js";
import { type Env, num, str } from "./env.js";

export interface SearchConfig {
  /** How far back an alert-thread reply searches a queue named by a metric alarm. */
  alertMinutes: number;
  /**
   * SEARCH_PHONE_ATTRIBUTE: the searchable contact attribute the flows store the caller's number
   * in (E.164), which `phone:` searches; SearchContacts has no phone criterion of its own.
   */
  phoneAttribute?: string;
}

/** Connect's user-defined attribute keys: letters, digits, dashes and underscores. */
const ATTRIBUTE_KEY = /^[A-Za-z0-9_-]{1,127}$/;

export function searchConfig(env: Env): SearchConfig {
  const phoneAttribute = str(env, "SEARCH_PHONE_ATTRIBUTE");
  if (phoneAttribute !== undefined && !ATTRIBUTE_KEY.test(phoneAttribute)) {
    throw new ConfigError(
      "SEARCH_PHONE_ATTRIBUTE",
      `must be a contact attribute key (letters, digits, - and _), got "${phoneAttribute}"`,
    );
  }
  return { alertMinutes: num(env, "ALERT_SEARCH_MINUTES", 60, 1), phoneAttribute };
}
