import { beforeAll, describe, expect, it } from "vitest";
import { INSTANCE_ID } from "../fixtures/contacts.js";
import { buttonsOf, nthAnswer, textOf, useHarness } from "./harness.js";
import { FOUND, OVERFLOW_IDS, seedSearch } from "./search-seed.js";

const h = useHarness();
beforeAll(() => seedSearch(h.connect));

async function search(text: string, opts: { userId?: string } = {}) {
  const { responseUrl } = await h.command(text, opts);
  return nthAnswer(h, responseUrl);
}

/** The contact ids of a result list, top to bottom (from the Open buttons). */
function idsOf(message: unknown): string[] {
  const blocks = (message as { blocks: { accessory?: { action_id?: string; value?: string } }[] })
    .blocks;
  return blocks
    .filter((b) => b.accessory?.action_id === "contact_open")
    .map((b) => (JSON.parse(b.accessory?.value ?? "{}") as { c: string }).c);
}

function searchAudits() {
  return h.logs
    .filter((line) => line.msg === "audit")
    .map((line) => line.audit as Record<string, unknown>)
    .filter((a) => a.search !== undefined);
}

describe("/contact search", () => {
  it("answers privately with the query in words, the count and one line per contact", async () => {
    const answer = await search('search queue:"Billing Support" abandoned last:2h');
    expect(answer.response_type).toBe("ephemeral");
    expect(textOf(answer)).toContain("Abandoned contacts in Billing Support, last 2 h — 1 found");
    expect(idsOf(answer)).toEqual([FOUND.abandoned]);
    expect(textOf(answer)).toContain("*abandoned*");
    expect(textOf(answer)).toMatch(/<!date\^\d+\^/);
    expect(h.connect.count("DescribeContact")).toBe(0);
    const audit = searchAudits().at(-1);
    expect(audit).toMatchObject({
      surface: "command",
      user: "U1",
      outcome: "ok",
      search: { found: 1 },
    });
    const filters = (audit?.search as { filters?: string } | undefined)?.filters;
    expect(filters).toContain("queue:Billing Support");
  });

  it("reads each filter: agent, channel, method, attributes, outcome words, find", async () => {
    expect(idsOf(await search("find agent:jdoe"))).toEqual([FOUND.answered]);
    expect(idsOf(await search('search agent:"Bob Smith" channel:chat'))).toEqual([FOUND.chat]);
    expect(idsOf(await search("search method:transfer"))).toEqual([FOUND.transfer]);
    expect(idsOf(await search("search attr:orderId=A-77"))).toEqual([FOUND.answered]);
    expect(idsOf(await search('search queue:"billing support" long-wait'))).toEqual([
      FOUND.longWait,
    ]);
    expect(idsOf(await search('search queue:"Billing Support" transferred'))).toEqual([
      FOUND.transfer,
    ]);
    const answered = await search('search queue:"Billing Support" answered');
    expect(idsOf(answered)).toEqual([FOUND.answered, FOUND.transfer, FOUND.longWait]);
    expect(idsOf(await search('search queue:"Billing Support" last:4h'))).toContain(FOUND.old);
  });

  it("reads clock times in the user's Slack time zone", async () => {
    h.slack.setTimeZone("UTOKYO", "Asia/Tokyo");
    const clock = (minutesAgo: number) =>
      new Intl.DateTimeFormat("en-GB", {
        timeZone: "Asia/Tokyo",
        hour: "2-digit",
        minute: "2-digit",
        hourCycle: "h23",
      }).format(new Date(Date.now() - minutesAgo * 60_000));
    const answer = await search(
      `search since:${clock(45)} until:${clock(35)} queue:"Billing Support"`,
      {
        userId: "UTOKYO",
      },
    );
    expect(idsOf(answer)).toEqual([FOUND.transfer]);
  });

  it("pages ten at a time, newest first, with More; Open shows the full summary", async () => {
    const first = await search("search queue:Overflow");
    expect(textOf(first)).toContain("25 found");
    expect(idsOf(first)).toEqual(OVERFLOW_IDS.slice(0, 10));
    const more = buttonsOf(first).get("contact_search_more");
    expect(more?.value).toMatch(/^[0-9a-f]{16}$/);
    const second = await h.click({
      actionId: "contact_search_more",
      value: more?.value,
      isEphemeral: true,
    });
    const page2 = await nthAnswer(h, second.responseUrl);
    expect(idsOf(page2)).toEqual(OVERFLOW_IDS.slice(10, 20));
    expect(textOf(page2)).toContain("Showing 11–20");
    const third = await h.click({
      actionId: "contact_search_more",
      value: buttonsOf(page2).get("contact_search_more")?.value,
      isEphemeral: true,
    });
    const page3 = await nthAnswer(h, third.responseUrl);
    expect(idsOf(page3)).toEqual(OVERFLOW_IDS.slice(20));
    expect(buttonsOf(page3).has("contact_search_more")).toBe(false);

    const open = (first as { blocks: { accessory?: { value?: string } }[] }).blocks[1]?.accessory
      ?.value;
    const opened = await h.click({ actionId: "contact_open", value: open, isEphemeral: true });
    const summary = await nthAnswer(h, opened.responseUrl);
    expect(textOf(summary)).toContain(OVERFLOW_IDS[0]);
    expect([...buttonsOf(summary).keys()].some((id) => id.startsWith("contact_section_"))).toBe(
      true,
    );
    expect(JSON.parse(open ?? "{}")).toEqual({ i: INSTANCE_ID, c: OVERFLOW_IDS[0] });
  });

  it("says an expired More has expired", async () => {
    const click = await h.click({
      actionId: "contact_search_more",
      value: "0123456789abcdef",
      isEphemeral: true,
    });
    expect(textOf(await nthAnswer(h, click.responseUrl))).toContain(
      "This search has expired — run it again",
    );
  });

  it("says so when nothing matched, with the query in words", async () => {
    const answer = await search("search channel:email last:30m");
    expect(textOf(answer)).toContain("Email contacts, last 30 min — none found");
  });
});

describe("/contact search refuses what it cannot use", () => {
  it.each([
    ["search colour:blue", "`colour:blue`"],
    ["search since:10:00 until:09:00x", "`until:09:00x`"],
    ["search last:9w", "8 weeks"],
    ["search since:2021-01-01T00:00Z until:2021-01-02T00:00Z", "2 years"],
    ["search channel:fax", "`channel:fax`"],
    ["search last:2h since:09:00", "not both"],
  ])("%s", async (text, quoted) => {
    const answer = await search(text);
    expect(textOf(answer)).toContain(quoted);
    expect(h.connect.count("SearchContacts")).toBe(0);
  });

  it("refuses until before since, quoting it", async () => {
    const answer = await search("search since:2026-01-02T10:00Z until:2026-01-02T09:00Z");
    expect(textOf(answer)).toContain("`until:2026-01-02T09:00Z`");
    expect(textOf(answer)).toContain("not after the start");
  });

  it("suggests the closest queue names for an unknown one", async () => {
    const answer = await search("search queue:Biling");
    expect(textOf(answer)).toContain("No queue named *Biling* — did you mean");
    expect(textOf(answer)).toContain("*Billing Support*");
    expect(h.connect.count("SearchContacts")).toBe(0);
  });

  it("quotes hostile and oversize filters escaped, without calling Connect", async () => {
    const queue = await search("search queue:&lt;!channel&gt;");
    expect(textOf(queue)).toContain("No queue named *&lt;!channel&gt;*");
    const word = await search("search &lt;@U1&gt;");
    expect(textOf(word)).toContain("`&lt;@U1&gt;`");
    expect(`${textOf(queue)}${textOf(word)}`).not.toMatch(/<!channel>|<@U1>/);
    const long = await search(`search queue:${"x".repeat(3000)}`);
    expect(textOf(long)).toContain("too long");
    expect(h.connect.count("SearchContacts")).toBe(0);
  });

  it("suggests agents by username and name", async () => {
    const answer = await search("search agent:jdo");
    expect(textOf(answer)).toContain("No agent named *jdo* — did you mean *jdoe*");
  });

  it("says in words that an attribute is not searchable", async () => {
    const answer = await search("search attr:secret=1");
    expect(textOf(answer)).toContain("searchable attributes");
  });

  it("words throttling and access denied on SearchContacts", async () => {
    h.connect.failNext("SearchContacts", { status: 429, type: "ThrottlingException" }, 20);
    expect(textOf(await search("search last:1h"))).toContain("throttled");
    h.connect.reset();
    h.connect.denyAll("SearchContacts");
    const denied = await search("search last:1h");
    expect(textOf(denied)).toContain("connect:SearchContacts");
    const audit = searchAudits().at(-1);
    expect(audit).toMatchObject({ outcome: "ACCESS_DENIED" });
    const metrics = await (await fetch(`${h.baseUrl}/metrics`)).text();
    expect(metrics).toMatch(/ccb_searches_total\{surface="command",outcome="ACCESS_DENIED"\} 1/);
    expect(metrics).toMatch(/ccb_searches_total\{surface="command",outcome="ok"\} \d+/);
  });
});
