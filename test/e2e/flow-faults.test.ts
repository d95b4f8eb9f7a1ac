import { beforeAll, describe, expect, it } from "vitest";
import { CONTACT_IDS, TASK } from "../fixtures/contacts.js";
import { FLOW_LOG_GROUP, storedEntries } from "../fixtures/flow-logs.js";
import { openFlowOf } from "./flow-support.js";
import { useHarness } from "./harness.js";
import { openSectionText } from "./surface-support.js";

const THROTTLED = { status: 400, type: "ThrottlingException", message: "Rate exceeded" };

describe("Flow section when CloudWatch Logs says no", () => {
  const h = useHarness({ redis: false });
  // A contact per test that reads a path: a complete path is cached, as it should be.
  beforeAll(() => {
    const taskStart = (TASK.InitiationTimestamp!.getTime() - Date.UTC(2024, 4, 1, 10)) / 1000;
    h.cloudWatchLogs.putEvents(FLOW_LOG_GROUP, storedEntries(CONTACT_IDS.task, taskStart));
    h.cloudWatchLogs.putEvents(FLOW_LOG_GROUP, storedEntries(CONTACT_IDS.email, 0));
  });

  it("names logs:FilterLogEvents and the log group when access is denied", async () => {
    h.cloudWatchLogs.denyAll();
    const answer = await openFlowOf(h, CONTACT_IDS.voiceInbound);
    const section = openSectionText(answer);
    expect(section).toContain("`logs:FilterLogEvents`");
    expect(section).toContain(`on \`${FLOW_LOG_GROUP}\``);
    // The summary above is intact.
    expect(JSON.stringify(answer.blocks)).toContain("contact_section_agent");
  });

  it("shows what was read so far, marked incomplete, when throttled mid-scan", async () => {
    h.cloudWatchLogs.setScanSize(4);
    // The first page answers; every attempt at the next one (the SDK retries) is throttled.
    h.cloudWatchLogs.failAfter(1, THROTTLED, 10);
    const section = openSectionText(await openFlowOf(h, CONTACT_IDS.voiceInbound));
    expect(section).toContain("Incomplete: CloudWatch Logs throttled the scan");
    expect(section).toContain("Set logging behavior");
    expect(section).not.toContain("Transfer to queue");
    // Opened again once CloudWatch Logs answers: the scan goes on from the page it stopped at.
    h.cloudWatchLogs.reset();
    h.cloudWatchLogs.setScanSize(4);
    const rest = openSectionText(await openFlowOf(h, CONTACT_IDS.voiceInbound));
    expect(rest).toContain("Set logging behavior");
    expect(rest).toContain("Transfer to queue");
    expect(rest).not.toContain("Incomplete");
    expect(h.cloudWatchLogs.count()).toBeGreaterThan(0);
    expect(h.cloudWatchLogs.calls.every((c) => c.nextToken !== undefined)).toBe(true);
  });

  it("a scan that stops answering: the blocks read in time, marked incomplete", async () => {
    h.cloudWatchLogs.setScanSize(4);
    h.cloudWatchLogs.failAfter(1, "hang", 10);
    const section = openSectionText(await openFlowOf(h, CONTACT_IDS.task));
    expect(section).toContain("Incomplete: the scan ran out of time");
    expect(section).toContain("Set logging behavior");
  });

  it("throttled from the first page: says so, and the next open scans again", async () => {
    h.cloudWatchLogs.failNext(THROTTLED, 10);
    const first = openSectionText(await openFlowOf(h, CONTACT_IDS.email));
    expect(first).toContain("Incomplete: CloudWatch Logs throttled the scan");
    const scans = h.cloudWatchLogs.count();
    h.cloudWatchLogs.reset();
    const second = openSectionText(await openFlowOf(h, CONTACT_IDS.email));
    expect(h.cloudWatchLogs.count()).toBeGreaterThan(0);
    expect(scans).toBeGreaterThan(0);
    expect(second).toContain("Acme Main IVR");
    expect(second).not.toContain("Incomplete");
  });
});

describe("Flow section without a log group", () => {
  const h = useHarness({
    redis: false,
    env: { CONNECT_FLOW_LOG_GROUP: "/aws/connect/acme-support" },
  });

  it("says flow logs are not enabled, naming the log group", async () => {
    const answer = await openFlowOf(h, CONTACT_IDS.voiceInbound);
    const section = openSectionText(answer);
    expect(section).toContain("Flow logs are not enabled for this instance");
    expect(section).toContain("/aws/connect/acme-support");
    expect(h.cloudWatchLogs.calls[0]?.logGroup).toBe("/aws/connect/acme-support");
  });
});
