import { describe, expect, it } from "vitest";
import { AGENTS, CONTACT_IDS, QUEUES } from "../fixtures/contacts.js";
import { startHarness, textOf, useHarness } from "./harness.js";
import { freshTs, settle } from "./surface-support.js";

const h = useHarness();

const CHANNEL = "CTEAM";

function linkShared(urls: string[], extra: Record<string, unknown> = {}) {
  return {
    type: "link_shared",
    channel: CHANNEL,
    user: "U42",
    message_ts: freshTs(),
    links: urls.map((url) => ({ url, domain: new URL(url).hostname })),
    event_ts: freshTs(),
    ...extra,
  };
}

function unfurlCall() {
  return h.slack.waitFor(() => h.slack.calls.find((c) => c.method === "chat.unfurl" && !c.error));
}

type Unfurls = Record<string, { blocks?: unknown[] }>;

describe("link unfurls", () => {
  it.each([
    [
      "my.connect.aws",
      `https://example.my.connect.aws/contact-trace-records/details/${CONTACT_IDS.voiceInbound}?tz=UTC`,
    ],
    [
      "awsapps.com/connect",
      `https://example.awsapps.com/connect/contact-trace-records/details/${CONTACT_IDS.voiceInbound}`,
    ],
  ])("unfurls a %s console link into a compact summary", async (_form, url) => {
    const event = linkShared([url]);
    const { status } = await h.event(event);
    expect(status).toBe(200);
    const call = await unfurlCall();
    expect(call.args.channel).toBe(CHANNEL);
    expect(call.args.ts).toBe(event.message_ts);
    const unfurl = (call.args.unfurls as Unfurls)[url];
    expect(unfurl?.blocks?.length).toBeGreaterThan(0);
    const text = textOf(unfurl);
    expect(text).toContain(CONTACT_IDS.voiceInbound);
    expect(text).toContain(QUEUES.billing.name);
    expect(text).toContain(`${AGENTS.jane.firstName} ${AGENTS.jane.lastName}`);
    expect(text).not.toContain("+15550100123");
    // Compact: no buttons in an unfurl.
    expect(text).not.toContain('"actions"');
  });

  it("unfurls several links at once and uses unfurl_id when Slack sends one", async () => {
    const urls = [CONTACT_IDS.chat, CONTACT_IDS.email].map(
      (id) => `https://example.my.connect.aws/contact-trace-records/details/${id}`,
    );
    await h.event(
      linkShared(urls, { unfurl_id: "Uf123", source: "composer", channel: "COMPOSER" }),
    );
    const call = await unfurlCall();
    expect(call.args).toMatchObject({ unfurl_id: "Uf123", source: "composer" });
    const unfurls = call.args.unfurls as Unfurls;
    expect(Object.keys(unfurls).sort()).toEqual([...urls].sort());
    expect(textOf(unfurls[urls[1] ?? ""])).toContain(CONTACT_IDS.email);
  });

  it("leaves other console pages and unknown contacts alone, looking up only contacts", async () => {
    await h.event(
      linkShared([
        `https://example.my.connect.aws/users/edit?id=${CONTACT_IDS.chat}`,
        `https://example.my.connect.aws/queues/edit?id=${QUEUES.billing.id}`,
        "https://example.my.connect.aws/contact-trace-records/details/00000000-0000-4000-8000-000000000000",
      ]),
    );
    await settle();
    expect(h.slack.calls.filter((c) => c.method === "chat.unfurl")).toHaveLength(0);
    expect(h.connect.count("DescribeContact")).toBe(1);
  });
});

describe("link unfurls in channels shared with other organisations (Slack Connect)", () => {
  const url = `https://example.my.connect.aws/contact-trace-records/details/${CONTACT_IDS.chat}`;
  const unfurls = () => h.slack.calls.filter((c) => c.method === "chat.unfurl");

  it("are not unfurled by default, and nothing is looked up", async () => {
    const { status } = await h.event(linkShared([url]), { isExtSharedChannel: true });
    expect(status).toBe(200);
    await settle();
    expect(unfurls()).toHaveLength(0);
    expect(h.connect.count()).toBe(0);
  });

  it("are unfurled with UNFURL_SHARED_CHANNELS=true", async () => {
    const shared = await startHarness({ share: h, env: { UNFURL_SHARED_CHANNELS: "true" } });
    try {
      await shared.event(linkShared([url]), { isExtSharedChannel: true });
      const call = await unfurlCall();
      expect(textOf((call.args.unfurls as Unfurls)[url])).toContain(CONTACT_IDS.chat);
    } finally {
      await shared.bot.stop();
    }
  });
});
