import { Counter, collectDefaultMetrics, Gauge, Histogram, Registry } from "prom-client";

export interface Metrics {
  lookups: Counter<"surface" | "outcome">;
  searches: Counter<"surface" | "outcome">;
  cacheResults: Counter<"result">;
  connectCalls: Counter<"operation" | "outcome">;
  connectLatency: Histogram<"operation">;
  logsCalls: Counter<"operation" | "outcome">;
  s3Calls: Counter<"operation" | "outcome">;
  throttleWaits: Histogram;
  slackApiErrors: Counter<"method" | "error">;
  dedupedEvents: Counter<"reason">;
  inFlight: Gauge;
  timelineRenders: Counter<"outcome">;
  timelineRenderSeconds: Histogram;
  overloadRefused: Counter<"reason">;
  /** The Prometheus exposition of every metric, for `GET /metrics`. */
  render(): Promise<{ contentType: string; body: string }>;
}

/** Connect answers in tens of milliseconds normally and the client gives up after seconds. */
const LATENCY_BUCKETS = [0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5];
/** Waits for a token of the Connect rate limiter: none, or up to a few seconds in a burst. */
const WAIT_BUCKETS = [0.005, 0.025, 0.1, 0.25, 0.5, 1, 2.5, 5, 10];

/** A private registry per call, so tests and several apps in one process never collide. */
export function createMetrics(): Metrics {
  const registry = new Registry();
  const registers = [registry];
  collectDefaultMetrics({ register: registry });
  return {
    lookups: new Counter({
      name: "ccb_lookups_total",
      help: "Contact lookups by surface and outcome (ok or an error code).",
      labelNames: ["surface", "outcome"],
      registers,
    }),
    searches: new Counter({
      name: "ccb_searches_total",
      help: "Contact searches by surface and outcome (ok, none when nothing matched, or an error code).",
      labelNames: ["surface", "outcome"],
      registers,
    }),
    cacheResults: new Counter({
      name: "ccb_cache_results_total",
      help: "Contact cache reads by result (hit or miss).",
      labelNames: ["result"],
      registers,
    }),
    connectCalls: new Counter({
      name: "ccb_connect_calls_total",
      help: "Amazon Connect API calls by operation and outcome.",
      labelNames: ["operation", "outcome"],
      registers,
    }),
    connectLatency: new Histogram({
      name: "ccb_connect_call_duration_seconds",
      help: "Amazon Connect API call duration by operation.",
      labelNames: ["operation"],
      buckets: LATENCY_BUCKETS,
      registers,
    }),
    logsCalls: new Counter({
      name: "ccb_cloudwatch_logs_calls_total",
      help: "CloudWatch Logs API calls (flow logs) by operation and outcome.",
      labelNames: ["operation", "outcome"],
      registers,
    }),
    s3Calls: new Counter({
      name: "ccb_s3_calls_total",
      help: "Amazon S3 API calls (Contact Lens analysis files) by operation and outcome.",
      labelNames: ["operation", "outcome"],
      registers,
    }),
    throttleWaits: new Histogram({
      name: "ccb_connect_throttle_wait_seconds",
      help: "Time spent waiting for the client-side Amazon Connect rate limiter.",
      buckets: WAIT_BUCKETS,
      registers,
    }),
    slackApiErrors: new Counter({
      name: "ccb_slack_api_errors_total",
      help: "Failed Slack Web API calls by method and error.",
      labelNames: ["method", "error"],
      registers,
    }),
    dedupedEvents: new Counter({
      name: "ccb_deduplicated_events_total",
      help: "Slack events dropped as duplicates (retries or the same message twice), by reason.",
      labelNames: ["reason"],
      registers,
    }),
    inFlight: new Gauge({
      name: "ccb_in_flight",
      help: "Slack requests being handled right now.",
      registers,
    }),
    timelineRenders: new Counter({
      name: "ccb_timeline_renders_total",
      help: "Timeline pictures drawn (SVG + PNG), by outcome (ok or error); cached ones are not drawn.",
      labelNames: ["outcome"],
      registers,
    }),
    timelineRenderSeconds: new Histogram({
      name: "ccb_timeline_render_seconds",
      help: "Time to draw one timeline picture.",
      buckets: [0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1],
      registers,
    }),
    overloadRefused: new Counter({
      name: "ccb_overload_refused_total",
      help: "Slack requests refused with 503 because the bot was overloaded, by reason.",
      labelNames: ["reason"],
      registers,
    }),
    render: async () => ({ contentType: registry.contentType, body: await registry.metrics() }),
  };
}
