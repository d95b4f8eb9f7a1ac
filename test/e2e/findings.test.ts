import { describe, expect, it } from "vitest";
import { CONTACT_IDS } from "../fixtures/contacts.js";
import { openFlowOf } from "./flow-support.js";
import { nthAnswer, textOf, useHarness } from "./harness.js";
import { alertEnv, alertMessage, freshTs, waitForPosts } from "./surface-support.js";

const h = useHarness({ env: alertEnv("findings:", { FINDING_QUEUE_WAIT_SECONDS: "200" }) });

async function summaryOf(contactId: string) {
  const { responseUrl } = await h.command(contactId);
  return nthAnswer(h, responseUrl);
}

/** The "What stands out" block: the block right under the header. */
const standsOut = (message: Record<string, unknown>) =>
  JSON.stringify((message.blocks as unknown[])[1]);

describe("What stands out, on every surface", () => {
  it("slash command: long wait, poor audio and an expired routing step, worded and in text", async () => {
    const summary = await summaryOf(CONTACT_IDS.voiceInbound);
    const block = standsOut(summary);
    expect(block).toContain("What stands out");
    // FINDING_QUEUE_WAIT_SECONDS=200 is the threshold named.
    expect(block).toContain("Waited *4m 12s* in queue (over 3m 20s)");
    expect(block).toContain("Customer audio *2.1/5* — high packet loss");
    expect(block).toContain("Routing step 1 (");
    expect(String(summary.text)).toContain("What stands out: Waited 4m 12s in queue");
    // No CloudWatch Logs call just for the findings.
    expect(h.cloudWatchLogs.count()).toBe(0);
  });

  it("abandoned and expired contacts say so first", async () => {
    expect(standsOut(await summaryOf(CONTACT_IDS.abandoned))).toContain(
      "Abandoned in queue *Support* after 1m 30s",
    );
    expect(standsOut(await summaryOf(CONTACT_IDS.expiredTask))).toContain("Task *expired*");
    expect(standsOut(await summaryOf(CONTACT_IDS.chainInitial))).toContain("Nothing unusual");
  });

  it("counts flow errors once the flow path is cached, without a new scan", async () => {
    await openFlowOf(h, CONTACT_IDS.voiceInbound);
    const scans = h.cloudWatchLogs.count();
    const summary = await summaryOf(CONTACT_IDS.voiceInbound);
    expect(standsOut(summary)).toContain("Lambda *lookupCustomer* failed in flow *Acme Main IVR*");
    expect(h.cloudWatchLogs.count()).toBe(scans);
  });

  it("shortcut, alert thread and unfurl carry them too", async () => {
    const { responseUrl } = await h.shortcut({
      channelId: "CSUPPORT",
      message: { ts: freshTs(), user: "U42", text: `see ${CONTACT_IDS.abandoned}` },
    });
    expect(standsOut(await nthAnswer(h, responseUrl))).toContain("Abandoned in queue");

    const ts = freshTs();
    await h.event(alertMessage(ts, `failing: ${CONTACT_IDS.abandoned}`, { user: "U42" }));
    const [post] = await waitForPosts(h, ts, 1);
    expect(textOf(post?.args)).toContain("Abandoned in queue *Support*");
    expect(String(post?.args.text)).toContain("What stands out: Abandoned in queue Support");

    const url = `https://example.my.connect.aws/contact-trace-records/details/${CONTACT_IDS.abandoned}`;
    await h.event({
      type: "link_shared",
      channel: "CTEAM",
      user: "U42",
      message_ts: freshTs(),
      links: [{ url, domain: "example.my.connect.aws" }],
      event_ts: freshTs(),
    });
    const unfurl = await h.slack.waitFor(() =>
      h.slack.calls.find((c) => c.method === "chat.unfurl" && !c.error),
    );
    expect(textOf(unfurl.args)).toContain("Abandoned in queue *Support* after 1m 30s");
  });
});
