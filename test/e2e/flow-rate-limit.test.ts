import { describe, expect, it } from "vitest";
import { CONTACT_IDS } from "../fixtures/contacts.js";
import { openFlowOf } from "./flow-support.js";
import { useHarness } from "./harness.js";
import { openSectionText } from "./surface-support.js";

describe("CloudWatch Logs rate limit", () => {
  // The service allows 4 a second with a burst of 4; so does the bot (LOGS_MAX_RPS=4).
  const h = useHarness({
    redis: false,
    env: { LOGS_MAX_RPS: "4" },
    logsRateLimit: { rps: 4, burst: 4 },
  });

  it("paces a many-page scan under LOGS_MAX_RPS instead of running into throttling", async () => {
    h.cloudWatchLogs.setScanSize(3);
    const section = openSectionText(await openFlowOf(h, CONTACT_IDS.voiceInbound));
    expect(h.cloudWatchLogs.count()).toBeGreaterThanOrEqual(8);
    expect(h.cloudWatchLogs.throttled).toBe(0);
    expect(section).toContain("Transfer to queue");
    expect(section).not.toContain("Incomplete");
  });
});
