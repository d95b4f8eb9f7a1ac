import { ConfigError } from "../domain/request-errors.js";
import { type Env, num, str } from "./env.js";

export interface HttpConfig {
  /** A request's headers and body must have arrived within this, or the connection is closed. */
  requestTimeoutMs: number;
  /** Open connections (keep-alive ones included) above which new ones are closed at once. */
  maxConnections: number;
  /** Set: `/metrics` is served on this port alone, not beside `/slack/events` on PORT. */
  metricsPort?: number;
}

/**
 * Bounds of the HTTP server, so that slow or idle clients cannot hold it: Slack sends its small
 * requests at once, and keeps a modest number of connections open.
 */
export function httpConfig(env: Env, port: number): HttpConfig {
  const metricsPort = str(env, "METRICS_PORT") ? num(env, "METRICS_PORT", 0, 0) : undefined;
  if (metricsPort !== undefined && metricsPort !== 0 && metricsPort === port) {
    throw new ConfigError("METRICS_PORT", "must differ from PORT");
  }
  return {
    requestTimeoutMs: num(env, "HTTP_REQUEST_TIMEOUT_MS", 10_000, 100),
    maxConnections: num(env, "HTTP_MAX_CONNECTIONS", 2000, 1),
    ...(metricsPort === undefined ? {} : { metricsPort }),
  };
}
