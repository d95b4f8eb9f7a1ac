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
  const counter = <L extends string>(name: string, help: string, labelNames: readonly L[]) =>
    new Counter<L>({ name, help, labelNames, registers });
  collectDefaultMetrics({ register: registry });
  return {
    lookups: counter(
      "ccb_lookups_total",
      "Contact lookups by surface and outcome (ok or an error code).",
      ["surface", "outcome"],
    ),
    searches: counter(
      "ccb_searches_total",
      "Contact searches by surface and outcome (ok, none when nothing matched, or an error code).",
      ["surface", "outcome"],
    ),
    cacheResults: counter(
      "ccb_cache_results_total",
      "Contact cache reads by result (hit or miss).",
      ["result"],
    ),
    connectCalls: counter(
      "ccb_connect_calls_total",
      "Amazon Connect API calls by operation and outcome.",
      ["operation", "outcome"],
    ),
    connectLatency: new Histogram({
      name: "ccb_connect_call_duration_seconds",
      help: "Amazon Connect API call duration by operation.",
      labelNames: ["operation"],
      buckets: LATENCY_BUCKETS,
      registers,
    }),
    logsCalls: counter(
      "ccb_cloudwatch_logs_calls_total",
      "CloudWatch Logs API calls (flow logs) by operation and outcome.",
      ["operation", "outcome"],
    ),
    s3Calls: counter(
      "ccb_s3_calls_total",
      "Amazon S3 API calls (Contact Lens analysis files) by operation and outcome.",
      ["operation", "outcome"],
    ),
    throttleWaits: new Histogram({
      name: "ccb_connect_throttle_wait_seconds",
      help: "Time spent waiting for the client-side Amazon Connect rate limiter.",
      buckets: WAIT_BUCKETS,
      registers,
    }),
    slackApiErrors: counter(
      "ccb_slack_api_errors_total",
      "Failed Slack Web API calls by method and error.",
      ["method", "error"],
    ),
    dedupedEvents: counter(
      "ccb_deduplicated_events_total",
      "Slack events dropped as duplicates (retries or the same message twice), by reason.",
      ["reason"],
    ),
    inFlight: new Gauge({
      name: "ccb_in_flight",
      help: "Slack requests being handled right now.",
      registers,
    }),
    timelineRenders: counter(
      "ccb_timeline_renders_total",
      "Timeline pictures drawn (SVG + PNG), by outcome (ok or error); cached ones are not drawn.",
      ["outcome"],
    ),
    timelineRenderSeconds: new Histogram({
      name: "ccb_timeline_render_seconds",
      help: "Time to draw one timeline picture.",
      buckets: [0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1],
      registers,
    }),
    overloadRefused: counter(
      "ccb_overload_refused_total",
      "Slack requests refused with 503 because the bot was overloaded, by reason.",
      ["reason"],
    ),
    render: async () => ({ contentType: registry.contentType, body: await registry.metrics() }),
  };
}
