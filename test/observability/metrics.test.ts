import { describe, expect, it } from "vitest";
import { createMetrics } from "../../src/observability/metrics.js";

describe("createMetrics", () => {
  it("renders every metric with its name and labels in Prometheus text format", async () => {
    const metrics = createMetrics();
    metrics.lookups.inc({ surface: "command", outcome: "ok" });
    metrics.lookups.inc({ surface: "command", outcome: "ok" });
    metrics.cacheResults.inc({ result: "hit" });
    metrics.connectCalls.inc({ operation: "DescribeContact", outcome: "ok" });
    metrics.connectLatency.observe({ operation: "DescribeContact" }, 0.042);
    metrics.throttleWaits.observe(0.3);
    metrics.slackApiErrors.inc({ method: "chat.postMessage", error: "ratelimited" });
    metrics.dedupedEvents.inc({ reason: "event" });
    metrics.inFlight.inc();

    const { contentType, body } = await metrics.render();
    expect(contentType).toMatch(/^text\/plain; version=0\.0\.4/);
    expect(body).toContain('ccb_lookups_total{surface="command",outcome="ok"} 2');
    expect(body).toContain('ccb_cache_results_total{result="hit"} 1');
    expect(body).toContain('ccb_connect_calls_total{operation="DescribeContact",outcome="ok"} 1');
    expect(body).toContain(
      'ccb_connect_call_duration_seconds_bucket{le="0.05",operation="DescribeContact"} 1',
    );
    expect(body).toContain(
      'ccb_connect_call_duration_seconds_bucket{le="0.025",operation="DescribeContact"} 0',
    );
    expect(body).toContain(
      'ccb_connect_call_duration_seconds_bucket{le="5",operation="DescribeContact"} 1',
    );
    expect(body).toContain("ccb_connect_throttle_wait_seconds_count 1");
    expect(body).toContain(
      'ccb_slack_api_errors_total{method="chat.postMessage",error="ratelimited"} 1',
    );
    expect(body).toContain('ccb_deduplicated_events_total{reason="event"} 1');
    expect(body).toContain("ccb_in_flight 1");
    expect(body).toContain("process_cpu_seconds_total");
  });

  it("gives each instance its own registry", async () => {
    const first = createMetrics();
    const second = createMetrics();
    first.lookups.inc({ surface: "alert", outcome: "ok" });
    expect((await second.render()).body).not.toContain('surface="alert"');
  });
});
