import type { IncomingMessage, ServerResponse } from "node:http";
import type { Deps } from "../deps.js";
import type { BotAuthorizer } from "../slack/authorize.js";

type Route = (req: IncomingMessage, res: ServerResponse) => Promise<void>;

function send(res: ServerResponse, status: number, contentType: string, body: string): void {
  res.writeHead(status, { "content-type": contentType, "cache-control": "no-store" });
  res.end(body);
}

/**
 * Probes and metrics: /healthz says the process is alive, /readyz that it can answer Slack (a
 * Redis outage only degrades it: lookups go on uncached; but at start it waits for Redis, up to
 * REDIS_CONNECT_TIMEOUT_MS), /metrics is Prometheus text.
 */
export function opsRoutes(
  deps: Pick<Deps, "cache" | "metrics">,
  slackAuth: Pick<BotAuthorizer, "state" | "recheck">,
  isDraining: () => boolean,
  /** True until start-up has waited for Redis (see Runtime.ready). */
  isStarting: () => boolean,
): Record<"/healthz" | "/readyz" | "/metrics", Route> {
  return {
    "/healthz": async (_req, res) => send(res, 200, "application/json", '{"status":"ok"}'),
    "/readyz": async (_req, res) => {
      const slack = slackAuth.state();
      // Answers at once with what is known; the next probe sees the outcome of the new check.
      if (slack !== "ok") slackAuth.recheck();
      const redis = deps.cache.state();
      const starting = isStarting();
      const ready = slack !== "failed" && !isDraining() && !starting;
      const body = JSON.stringify({
        status: ready ? "ready" : "not_ready",
        slack,
        redis: starting ? "connecting" : redis,
        draining: isDraining(),
        starting,
      });
      send(res, ready ? 200 : 503, "application/json", body);
    },
    "/metrics": async (_req, res) => {
      const { contentType, body } = await deps.metrics.render();
      send(res, 200, contentType, body);
    },
  };
}
