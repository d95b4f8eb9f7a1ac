import { type Env, num } from "./config-env.js";

export interface SearchConfig {
  /** How far back an alert-thread reply searches a queue named by a metric alarm. */
  alertMinutes: number;
}

export function searchConfig(env: Env): SearchConfig {
  return { alertMinutes: num(env, "ALERT_SEARCH_MINUTES", 60, 1) };
}
