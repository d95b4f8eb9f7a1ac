import { describe, expect, it } from "vitest";
import {
  renderTimelineText,
  timelineComment,
  withDmLine,
} from "../../../blocks/timeline/timeline-blocks.js";
import { timelineAltText, timelineLines } from "../../../blocks/timeline/timeline-words.js";
import { buildTimeline } from "../../../src/domain/timeline/build-timeline.js";
import {
  CHAIN,
  CONTACT_IDS,
  chainOf,
  IN_PROGRESS,
  recordOf,
  VOICE_INBOUND,
} from "../../fixtures/contacts.js";
import { NOW } from "./svg-inspect.js";

const chain = buildTimeline(chainOf(CHAIN), {
  now: NOW,
  zone: "Europe/London",
  currentId: CONTACT_IDS.chainLast,
});

describe("the timeline in words", () => {
  it("says every leg with its clock times, names and durations", () => {
    expect(timelineLines(chain)).toEqual([
      "1. Voice · Inbound de1e6760, 11:00:00–11:05:00: flow 20s, in queue Support 40s, with agent Bob Smith 4m 00s",
      "2. Voice · Transfer 7423d469, 11:05:00–11:11:40: flow 1s, in queue Billing 39s, with agent Jane Doe 6m 00s",
      "3. Voice · Transfer 8fde163b (this contact), 11:11:40–11:25:00: flow 1s, in queue Billing 59s, with agent Ahmed Khan 12m 20s",
    ]);
    expect(timelineAltText(chain)).toMatch(
      /^Contact timeline: 3 legs, 25m 00s, Wed, 1 May 2024, times in Europe\/London \(UTC\+1\)\. 1\. /,
    );
  });

  it("keeps alt text within Slack's 1000 characters and says ongoing and expired steps", () => {
    const legs = Array.from({ length: 20 }, () => chainOf([VOICE_INBOUND])[0]!);
    expect(
      Array.from(timelineAltText(buildTimeline(legs, { now: NOW, zone: "UTC" }))).length,
    ).toBeLessThanOrEqual(1000);
    const open = buildTimeline([{ contactId: IN_PROGRESS.Id!, record: recordOf(IN_PROGRESS) }], {
      now: NOW,
      zone: "UTC",
    });
    expect(timelineLines(open)[0]).toMatch(/10:00:00–now: .*ongoing$/);
    const routed = buildTimeline(chainOf([VOICE_INBOUND]), { now: NOW, zone: "UTC" });
    expect(timelineLines(routed)[0]).toContain("step 1 expired at 10:01:30");
  });

  it("escapes contact data in the Slack messages and keeps the DM line at the top", () => {
    const hostile = buildTimeline(
      [
        {
          contactId: CONTACT_IDS.chat,
          record: recordOf(VOICE_INBOUND, { queueName: "<!channel> *q*" }),
        },
      ],
      { now: NOW, zone: "UTC" },
    );
    const words = JSON.stringify(renderTimelineText(CONTACT_IDS.chat, hostile, "why").blocks);
    expect(words).toContain("&lt;!channel&gt;");
    expect(words).not.toContain("<!channel>");
    expect(timelineComment(CONTACT_IDS.chat, hostile)).toContain(`\`${CONTACT_IDS.chat}\``);
    const big = Array.from({ length: 60 }, () => ({ type: "divider" as const }));
    const blocks = withDmLine(big, "https://fake.slack.com/files/F1");
    expect(blocks.length).toBeLessThanOrEqual(50);
    expect(JSON.stringify(blocks[0])).toContain("<https://fake.slack.com/files/F1|");
    expect(JSON.stringify(withDmLine([], "javascript:alert(1)|x"))).not.toContain("javascript");
  });
});
