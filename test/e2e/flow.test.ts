import { describe, expect, it } from "vitest";
import { CONTACT_IDS } from "../fixtures/contacts.js";
import { FLOW_LOG_GROUP, HOSTILE_PROMPT, QUEUE_FLOW } from "../fixtures/flow-logs.js";
import { openFlowOf } from "./flow-support.js";
import { useHarness } from "./harness.js";
import { openSectionText } from "./surface-support.js";

const h = useHarness({ env: { ATTRIBUTE_DENYLIST: "cardNumber" } });

const openFlow = (contactId: string) => openFlowOf(h, contactId);

describe("Flow section (flow logs in CloudWatch Logs)", () => {
  it("shows the contact's path grouped by flow, failures marked, through empty pages", async () => {
    h.cloudWatchLogs.setScanSize(2);
    h.cloudWatchLogs.setLeadingEmptyPages(2);
    const answer = await openFlow(CONTACT_IDS.voiceInbound);
    const section = openSectionText(answer);
    expect(section).toContain("*Acme Main IVR*");
    // Logged without a name: resolved with DescribeContactFlow.
    expect(section).toContain(`*${QUEUE_FLOW.name}*`);
    expect(h.connect.count("DescribeContactFlow")).toBe(1);
    expect(section).toContain("`+0:05`");
    expect(section).toContain("Invoke Lambda · function lookupCustomer");
    expect(section).toContain("⚠️ `+0:12` Get customer input");
    expect(section).toContain("queue Billing");
    expect(section).toContain("lang = en-GB");
    expect(section).toContain(FLOW_LOG_GROUP);
    expect(h.cloudWatchLogs.count()).toBeGreaterThan(3);
    const call = h.cloudWatchLogs.calls[0]!;
    expect(call.filterPattern).toBe(`{ $.ContactId = "${CONTACT_IDS.voiceInbound}" }`);
    expect(call.logGroup).toBe(FLOW_LOG_GROUP);
    // The findings count the failed blocks.
    expect(JSON.stringify(answer.blocks)).toContain(
      "Lambda *lookupCustomer* failed in flow *Acme Main IVR*",
    );
    expect(String(answer.text)).toContain("Lambda lookupCustomer failed in flow Acme Main IVR");
  });

  it("never shows other contacts' events, deny-listed attributes, PII or live mentions", async () => {
    h.cloudWatchLogs.setLeakOtherContacts(true);
    const section = openSectionText(await openFlow(CONTACT_IDS.voiceInbound));
    expect(section).not.toContain("OTHER CONTACT");
    expect(section).not.toContain("cardNumber");
    expect(section).not.toContain("4111111111111111");
    expect(section).not.toContain("+15550100123");
    expect(section).not.toContain("jane.customer@example.com");
    expect(section).toContain("+1••••••0123");
    expect(section).not.toContain("<!channel>");
    expect(section).toContain("&lt;!channel&gt;");
    expect(HOSTILE_PROMPT).toContain("<!channel>");
  });

  it("opening Flow twice costs one scan", async () => {
    // A fresh contact for this test: the path of the others may be cached already.
    const first = await openFlow(CONTACT_IDS.chat);
    const scans = h.cloudWatchLogs.count();
    expect(scans).toBeGreaterThan(0);
    const second = await openFlow(CONTACT_IDS.chat);
    expect(h.cloudWatchLogs.count()).toBe(scans);
    expect(openSectionText(second)).toEqual(openSectionText(first));
    expect(openSectionText(first)).toContain("No flow logs for this contact");
    expect(openSectionText(first)).toContain("Set logging behavior");
  });
});
