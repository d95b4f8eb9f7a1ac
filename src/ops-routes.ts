import type { IncomingMessage, ServerResponse } from "node:http";
import type { Deps } from "./deps.js";

type Route = (req: IncomingMessage, res: ServerResponse) => Promise<void>;

function send(res: ServerResponse, status: number, contentType: string, body: string): void {
  res.writeHead(status, { "content-type": contentType, "cache-control": "no-store" });
  res.end(body);
}

/**
 * Probes and metrics: /healthz says the process is alive, /readyz that it can answer Slack (a
 * Redis outage only degrades it: lookups go on uncached), /metrics is Prometheus text.
 */
export function opsRoutes(
  deps: Pick<Deps, "cache" | "metrics">,
  slackAuthState: () => "ok" | "failed" | "unknown",
  isDraining: () => boolean,
): Record<string, Route> {
  return {
    "/healthz": async (_req, res) => send(res, 200, "application/json", '{"status":"ok"}'),
    "/readyz": async (_req, res) => {
      const slack = slackAuthState();
      const redis = deps.cache.state();
      const ready = slack !== "failed" && !isDraining();
      const body = JSON.stringify({
        status: ready ? "ready" : "not_ready",
        slack,
        redis,
        draining: isDraining(),
      });
      send(res, ready ? 200 : 503, "application/json", body);
    },
    "/metrics": async (_req, res) => {
      const { contentType, body } = await deps.metrics.render();
      send(res, 200, contentType, body);
    },
  };
}
